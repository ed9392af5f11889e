package io.pressroom.quote;

import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.quote.Tokens.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence's tokens with the quotations that open in it, and what every reading rule asks of them: which
 * token starts or ends at an offset, spans of tokens, trimmed content, whether a position is inside quotation
 * marks, and the few words that may stand between a cue and what it introduces (times, adverbs, auxiliaries).
 */
final class SentenceTokens {
    final String body;
    final TextSpan sentence;
    final List<Tok> toks;
    final List<QuoteMarks.Quoted> quotes = new ArrayList<>();
    private Boolean titleCase; // computed on first use

    SentenceTokens(String body, TextSpan sentence, List<Tok> toks, List<QuoteMarks.Quoted> all) {
        this.body = body;
        this.sentence = sentence;
        this.toks = toks;
        for (QuoteMarks.Quoted q : all) {
            if (q.open() >= sentence.start() && q.open() < sentence.end()) quotes.add(q);
        }
    }

    /** A headline in title case ("Lindsey Graham Says Trump Could Address Clean Energy"): most words capitalised. */
    boolean titleCase() {
        if (titleCase == null) {
            int words = 0, capitals = 0;
            for (Tok t : toks) {
                if (!t.isWord() || Words.FUNCTION.contains(t.lower()) && !t.capitalized()) continue;
                words++;
                if (t.capitalized()) capitals++;
            }
            titleCase = words >= 4 && capitals * 10 >= words * 8;
        }
        return titleCase;
    }

    /** "to" before a plain lower-case word: an infinitive ("agreed to lend"), not a place or a listener. */
    boolean infinitive(int p) {
        // In a headline in title case every verb is capitalised: "Sanders Vows To Eliminate Tax Breaks".
        return p + 1 < toks.size() && toks.get(p).is("to") && toks.get(p + 1).isWord()
                && (!toks.get(p + 1).capitalized() || titleCase()) && !Words.DETERMINERS.contains(toks.get(p + 1).lower());
    }

    int skipTimes(int p) {
        while (p < toks.size()) {
            Tok t = toks.get(p);
            String l = t.lower();
            // "late last month", "early this week": the time word's modifier goes with it.
            boolean modifiesTime = (l.equals("late") || l.equals("early")) && p + 1 < toks.size()
                    && (toks.get(p + 1).is("last") || toks.get(p + 1).is("this") || Words.WEEKDAYS.contains(toks.get(p + 1).lower()));
            if (modifiesTime || Words.WEEKDAYS.contains(l) || Words.ADVERBS.contains(l)
                    || (l.equals("on") || l.equals("last") || l.equals("this")) && p + 1 < toks.size()
                    && (Words.WEEKDAYS.contains(toks.get(p + 1).lower()) || Words.TIME_WORDS.contains(toks.get(p + 1).lower()))
                    || (Words.TIME_WORDS.contains(l) && !l.equals("on") && !l.equals("this") && !l.equals("last"))) {
                p++;
            } else if (t.is("(") ) {
                int k = p;
                while (k < toks.size() && !toks.get(k).is(")")) k++;
                if (k - p > 4) break;
                p = k + 1;
            } else {
                break;
            }
        }
        return p;
    }

    int skipBetween(int p) {
        while (p < toks.size()) {
            String l = toks.get(p).lower();
            if (Words.ADVERBS.contains(l) || Words.AUXILIARIES.contains(l)) p++;
            else break;
        }
        return p;
    }

    /** The "that" that opens a clause after a prepositional phrase ("said in a statement that"). */
    int findThat(int p) {
        for (int k = p; k < toks.size() && k - p < 16; k++) {
            Tok t = toks.get(k);
            if (t.is("that")) return k;
            // A place may carry its own commas: "at a campaign stop in Toledo, Ohio, that ...".
            if (t.is(",") && k > p && toks.get(k - 1).capitalized() && k + 1 < toks.size()
                    && (toks.get(k + 1).capitalized() || toks.get(k + 1).is("that"))) {
                continue;
            }
            // So may a relative clause: "said on CNN, where he is now a paid contributor, that …".
            if (t.is(",") && k > p && k + 1 < toks.size() && RELATIVE_ADVERBS.contains(toks.get(k + 1).lower())) {
                int c = commaEndingPhrase(k + 1, 13);
                return c >= 0 && c + 1 < toks.size() && toks.get(c + 1).is("that") ? c + 1 : -1;
            }
            // And a programme's name: "said on MSNBC's “Morning Joe” that …".
            if (t.isQuoteMark()) {
                QuoteMarks.Quoted q = quoteOpeningAt(t.start());
                int close = q == null ? -1 : tokenAt(q.close());
                if (close > k + 1 && countWords(k + 1, close) <= 5 && titleWords(k + 1, close)) {
                    k = close;
                    continue;
                }
            }
            if (isClauseEnd(t) || t.isQuoteMark()) return -1;
        }
        return -1;
    }

    /**
     * Tokens [from, to) read as a title ("Meet the Press", "The Art of the Deal"): words only, capitalised but for
     * function words, articles and prepositions, and at most two of those.
     */
    boolean titleWords(int from, int to) {
        int words = 0;
        int capitals = 0;
        for (int k = from; k < to; k++) {
            Tok t = toks.get(k);
            if (!t.isWord()) return false;
            words++;
            if (t.capitalized()) capitals++;
            else if (!Words.FUNCTION.contains(t.lower()) && !Words.ARTICLES.contains(t.lower())
                    && !Words.PREPOSITIONS.contains(t.lower())) return false;
        }
        return capitals >= 1 && capitals >= words - 2;
    }

    private static final Set<String> RELATIVE_ADVERBS = Set.of("where", "which", "when", "who");

    /**
     * The comma that ends a phrase opening at token {@code from} ("per a translator,", "in a column on Yahoo News,"),
     * at most {@code maxOffset} tokens on and before any other clause end or quotation mark; -1 when there is none.
     */
    int commaEndingPhrase(int from, int maxOffset) {
        for (int c = from + 1; c < toks.size() && c - from <= maxOffset; c++) {
            Tok t = toks.get(c);
            if (t.is(",")) return c;
            if (isClauseEnd(t) || t.isQuoteMark()) return -1;
        }
        return -1;
    }

    Quote.Type typeOf(TextSpan content) {
        boolean hasQuote = false;
        for (QuoteMarks.Quoted q : quotes) {
            if (q.open() >= content.start() && q.open() < content.end()) {
                hasQuote = true;
                if (q.open() <= content.start() + 1 && q.close() >= content.end() - 2) return Quote.Type.DIRECT;
            }
        }
        return hasQuote ? Quote.Type.MIXED : Quote.Type.INDIRECT;
    }

    QuoteMarks.Quoted quoteOpeningAt(int pos) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.open() == pos) return q;
        }
        return null;
    }

    boolean insideQuote(int pos) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.contains(pos)) return true;
        }
        return false;
    }

    static boolean isClauseEnd(Tok t) {
        return t.is(",") || t.is(".") || t.is(";") || t.is("!") || t.is("?") || t.is(":");
    }

    /** "--", an em or en dash, or the horizontal bar (U+2015, the "quotation dash" of some style guides). */
    static boolean isDash(Tok t) {
        return t.text().equals("--") || t.text().equals("\u2014") || t.text().equals("\u2013") || t.text().equals("\u2015");
    }

    int trailingPunct() {
        int n = 0;
        for (int k = toks.size() - 1; k >= 0 && !toks.get(k).isWord(); k--) n++;
        return n;
    }

    int countWords(int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k < Math.min(to, toks.size()); k++) if (toks.get(k).isWord()) n++;
        return n;
    }

    int countWordsIn(TextSpan s) {
        int n = 0;
        for (Tok t : toks) if (t.isWord() && t.start() >= s.start() && t.end() <= s.end()) n++;
        return n;
    }

    boolean onlyPunctuation(int from, int to) {
        for (int k = from; k < to; k++) if (toks.get(k).isWord()) return false;
        return true;
    }

    int tokenAt(int pos) {
        for (int k = 0; k < toks.size(); k++) if (toks.get(k).start() == pos) return k;
        return -1;
    }

    int tokenEndingAt(int pos) {
        for (int k = 0; k < toks.size(); k++) if (toks.get(k).end() == pos) return k;
        return -1;
    }

    TextSpan span(int fromTok, int toTok) {
        return new TextSpan(toks.get(fromTok).start(), toks.get(toTok).end());
    }

    TextSpan trim(TextSpan s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Tokens.isSpace(body.charAt(a))) a++;
        while (b > a && Tokens.isSpace(body.charAt(b - 1))) b--;
        return new TextSpan(a, b);
    }

    /** Trims spaces and a final comma or full stop outside quotation marks. */
    TextSpan trimContent(TextSpan s) {
        TextSpan t = trim(s);
        int b = t.end();
        while (b > t.start() && ".,;:".indexOf(body.charAt(b - 1)) >= 0) b--;
        return trim(new TextSpan(t.start(), b));
    }

    /** Whether a cue of the lexicon stands in tokens [from, to): then the words are someone's reported speech. */
    boolean hasCue(int from, int to) {
        for (int i = from; i < to; i++) {
            // "During their phone call Tuesday": after a determiner (and its modifiers) the cue word is a noun.
            if (Cues.at(toks, i) != null && !(i > from && nounAfterDeterminer(i))) return true;
        }
        return false;
    }

    private boolean nounAfterDeterminer(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String l = toks.get(k).lower();
            if (Words.DETERMINERS.contains(l)) return true;
            if (!toks.get(k).isWord() || Words.FUNCTION.contains(l) || Cues.at(toks, k) != null) return false;
        }
        return false;
    }
}
