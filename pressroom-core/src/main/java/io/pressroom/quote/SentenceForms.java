package io.pressroom.quote;

import static io.pressroom.quote.SentenceTokens.isClauseEnd;

import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.quote.QuoteExtractor.Found;
import io.pressroom.quote.Tokens.Tok;
import io.pressroom.text.Casing;
import java.util.List;
import java.util.Set;

/**
 * Attributions that a sentence's shape makes, with no verb of saying to hang them on: a question opening the
 * sentence ("Asked whether …, Priebus said"), a headline crediting its claim with a colon ("Pence: …"), and a poll
 * speaking for its finding ("In a CNN poll, 50 percent …"). The sentence reader asks for each in turn.
 */
final class SentenceForms {
    private final SentenceTokens text;
    private final SpeakerPhrases phrases;
    private final Clauses clauses;
    private final String body;
    private final TextSpan sentence;
    private final List<Tok> toks;
    private final int contentFloor;

    SentenceForms(SentenceTokens text, SpeakerPhrases phrases, Clauses clauses, int contentFloor) {
        this.text = text;
        this.phrases = phrases;
        this.clauses = clauses;
        this.body = text.body;
        this.sentence = text.sentence;
        this.toks = text.toks;
        this.contentFloor = contentFloor;
    }

    /** Words that open the question in "Asked whether …,", "Asked to respond …,". */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "what", "who", "how", "when", "where",
            "which", "about", "to");

    /**
     * "Asked whether he would fire the speechwriter, Priebus said …": the question opening the sentence is an
     * attribution of its own — put by someone the sentence does not name ("Asked by Stephanopoulos to respond": by
     * the one it does). Its content runs to the comma that ends the opening phrase.
     */
    Found askedQuestion() {
        if (toks.size() < 4) return null;
        int a = toks.get(0).is("asked") && toks.get(0).capitalized() ? 0 : -1;
        // "“You bet I would,” Christie said when asked whether he would …", "When asked whom she supported, …"
        for (int k = 1; a < 0 && k + 1 < toks.size(); k++) {
            if (toks.get(k).is("asked") && toks.get(k - 1).is("when") && !text.insideQuote(toks.get(k).start())) a = k;
        }
        if (a < 0) return null;
        boolean opening = a == 0 || a == 1;
        int p = a + 1;
        TextSpan asker = null;
        if (toks.get(p).is("by")) {
            int end = phrases.npForwardEnd(p + 1);
            if (end < 0) return null;
            asker = text.span(p + 1, end);
            p = end + 1;
        }
        p = text.skipTimes(p);
        // "Asked on Fox News who leads the party", "Asked during the debate whether …": an occasion first.
        if (p < toks.size() && Words.OCCASION_PREPOSITIONS.contains(toks.get(p).lower()) && !toks.get(p).is("about")) {
            int k = p + 1;
            while (k < toks.size() && k - p <= 6 && !QUESTION_WORDS.contains(toks.get(k).lower()) && !isClauseEnd(toks.get(k))) k++;
            if (k < toks.size() && QUESTION_WORDS.contains(toks.get(k).lower()) && !toks.get(k).is("to")) p = k;
        }
        if (p >= toks.size() || !QUESTION_WORDS.contains(toks.get(p).lower())) return null;
        for (int k = p + 1; k < toks.size(); k++) {
            Tok t = toks.get(k);
            int end;
            if (t.is(",") && !text.insideQuote(t.start())) {
                end = t.start();
            } else if (t.isQuoteMark() && toks.get(k - 1).is(",") && k + 1 < toks.size() && !text.insideQuote(t.end())) {
                end = t.end(); // "Asked whether Clinton “has the integrity to serve,” 75 percent said yes"
            } else if (isClauseEnd(t) && !text.insideQuote(t.start())) {
                // Mid-sentence the question may run to the sentence's end.
                if (opening) return null;
                end = t.start();
            } else {
                continue;
            }
            return question(p, end, asker, a);
        }
        return opening ? null : question(p, sentence.end(), asker, a);
    }

    private Found question(int p, int end, TextSpan asker, int askedTok) {
        // "asked about her vote": what was asked about, without the preposition (PolNeAR's cue is "asked about").
        int from = toks.get(p).is("about") && p + 1 < toks.size() ? p + 1 : p;
        TextSpan content = text.trimContent(new TextSpan(toks.get(from).start(), Math.max(toks.get(from).start(), end)));
        if (text.countWordsIn(content) < 2) return null;
        return new Found(content, text.typeOf(content), asker, text.span(askedTok, askedTok), "ask", askedTok);
    }

    /** Headline labels that are not speakers ("Watch: …", "Exclusive: …"). */
    private static final Set<String> HEADLINE_LABELS = Set.of("watch", "video", "photos", "exclusive", "breaking", "update",
            "updated", "analysis", "opinion", "editorial", "live", "review", "listen", "explainer", "factbox");

    /**
     * A headline in title case that credits its claim with a colon: "Pence: Gennifer Flowers Won't Be at Debate".
     * One to four capitalised words before the colon are the speaker, the rest is what they said.
     */
    /** @param first whether nothing was found before in the text (a headline opens it) */
    Found colonHeadline(boolean first) {
        // Title case, or a headline's line of its own at the top of the text ("Sanders: Clinton needs to …").
        boolean ownLine = sentence.start() == 0 && restOfLineBlank(sentence.end());
        if (!first || !(text.titleCase() || ownLine)) return null;
        int colon = labelColon(toks);
        if (colon < 0 || colon + 3 >= toks.size()) return null;
        for (int k = 0; k < colon; k++) {
            Tok t = toks.get(k);
            if (!t.isWord() || !t.capitalized() || HEADLINE_LABELS.contains(t.lower())) return null;
            // "SEOUL:", "WASHINGTON:": a dateline, not a speaker.
            if (!text.titleCase() && t.text().length() > 3 && Casing.isAllUpper(t.text())) return null;
        }
        TextSpan content = text.trimContent(new TextSpan(toks.get(colon + 1).start(), sentence.end()));
        if (text.countWordsIn(content) < 3) return null;
        return new Found(content, Quote.Type.INDIRECT, text.span(0, colon - 1), text.span(colon, colon), "say", colon);
    }

    /** The colon after a label of one to four words opening {@code toks} ("Sanders:", "JAKE TAPPER:"), or -1. */
    static int labelColon(List<Tok> toks) {
        for (int k = 1; k < toks.size() && k <= 4; k++) {
            if (toks.get(k).is(":")) return k;
        }
        return -1;
    }

    private boolean restOfLineBlank(int from) {
        for (int k = from; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\n') return true;
            if (!Tokens.isSpace(c)) return false;
        }
        return true;
    }

    private static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys");
    private static final java.util.regex.Pattern POLL_TAIL = java.util.regex.Pattern.compile(
            "released|published|conducted|taken|there|last|this|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday");

    /**
     * "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton", "Trump has a decisive lead in
     * the polls": a poll speaks for its finding — the clause after the opening phrase's comma, or the clause before a
     * closing "in … poll". The poll phrase is the speaker, "in" the cue.
     */
    Found pollFinding(int i) {
        int p = i + 1;
        if (p >= toks.size() || !toks.get(p).isWord() || Words.PREPOSITIONS.contains(toks.get(p).lower())) return null;
        int head = -1;
        for (int k = p; k < toks.size() && k - p < 10; k++) {
            Tok t = toks.get(k);
            if (POLLS.contains(t.lower())) {
                head = k;
                break;
            }
            // Only a noun phrase: no verb, no preposition but "of" ("in the District of Columbia head to the polls").
            String l = t.lower();
            if (!t.isWord() && !t.text().equals("/") && !t.text().equals("-") || Cues.at(toks, k) != null
                    || Words.PREPOSITIONS.contains(l) && !l.equals("of") || Words.FUNCTION.contains(l) && !Words.DETERMINERS.contains(l)
                    || !t.capitalized() && l.endsWith("ed")) {
                return null;
            }
        }
        if (head < 0) return null;
        // "… poll released Monday", "… poll last month", "… polls there": a few words of when or where, nothing more.
        int end = head;
        while (end + 1 < toks.size() && !isClauseEnd(toks.get(end + 1)) && end - head < 4
                && (POLL_TAIL.matcher(toks.get(end + 1).lower()).matches() || toks.get(end + 1).capitalized())) {
            end++;
        }
        if (end + 1 < toks.size() && !isClauseEnd(toks.get(end + 1))) return null;
        TextSpan speaker = text.span(p, end);
        TextSpan cue = text.span(i, i);
        if (i == 0 && end + 2 < toks.size() && toks.get(end + 1).is(",")) {
            TextSpan content = text.trimContent(new TextSpan(toks.get(end + 2).start(), clauses.clauseEnd(end + 2)));
            return text.countWordsIn(content) >= 3 ? new Found(content, text.typeOf(content), speaker, cue, "poll", i) : null;
        }
        if (i > 2 && text.onlyPunctuation(end + 1, toks.size())) {
            int start = Math.max(contentFloor, clauses.clauseStart(i));
            int first = text.tokenAt(start);
            TextSpan content = text.trimContent(new TextSpan(start, toks.get(i).start()));
            if (text.countWordsIn(content) < 3 || first >= 0 && text.hasCue(first, i)) return null;
            return new Found(content, text.typeOf(content), speaker, cue, "poll", i);
        }
        return null;
    }
}
