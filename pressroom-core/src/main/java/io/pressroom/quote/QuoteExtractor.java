package io.pressroom.quote;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.pipeline.ArticleStage;
import io.pressroom.quote.Tokens.Tok;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds quotations and who said them. Rules, not a model: every decision can be traced to a pattern.
 *
 * <p>Per sentence (quotations are never split): (1) direct quotes with their attribution after
 * ({@code ," Kirby said}, {@code ," said Kirby}, {@code " — Minister X}) or before ({@code Kirby said:
 * "...}); a quote that opens the next sentence with no attribution of its own continues the previous
 * speaker (split quotes). (2) Reported speech around every other cue of the lexicon: speaker phrase
 * before the cue, content after it ({@code Park stressed the importance of ...}, {@code said that
 * ...}), or content before a post-posed attribution ({@code ..., Pentagon press secretary John Kirby
 * said Friday.}); {@code according to X}; participles continuing an attribution ({@code , adding
 * that ...}). Content with quoted words is mixed. Speakers are then resolved in the article
 * ({@link SpeakerResolver}) and dated ({@link SaidOn}).
 */
public final class QuoteExtractor implements ArticleStage {

    /** Whether words outside the lexicon may be cues when the trained detector says so (system property for experiments). */
    static final boolean MODEL_CUES = !Boolean.getBoolean("pressroom.quotes.noModel");
    /** Decision threshold of the detector; above 0 trades recall for precision (tuned on PolNeAR dev). */
    static final double MODEL_THRESHOLD = Double.parseDouble(System.getProperty("pressroom.quotes.cueThreshold", "0"));

    private static final Set<String> QUANTITY_SPEAKERS = Set.of("all", "both", "many", "most", "some", "several", "others", "few");
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("of", "about", "in", "on", "at", "to", "during", "after", "from");

    /** A found attribution before resolution. */
    record Found(TextSpan content, Quote.Type type, TextSpan speaker, TextSpan cue, String lemma, int cueToken) { }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Article apply(Article a) {
        List<Tok> tokens = Tokens.of(a.body(), 0, a.body().length());
        List<Found> found = extract(a, tokens);
        List<Quote> quotes = SpeakerResolver.resolve(a, found, tokens);
        quotes = SaidOn.date(a, quotes);
        return a.withQuotes(quotes);
    }

    static List<Found> extract(Article a, List<Tok> tokens) {
        String body = a.body();
        List<QuoteMarks.Quoted> marks = QuoteMarks.find(body, a.paragraphs());
        List<Found> out = new ArrayList<>();
        Found introduced = null;
        for (TextSpan paragraph : a.paragraphs()) {
            Found previousDirect = introduced;
            for (TextSpan sentence : Sentences.split(body, paragraph, marks)) {
                List<Tok> toks = slice(tokens, sentence);
                previousDirect = new SentenceReader(body, sentence, toks, marks, out, previousDirect,
                        sentence.start() == 0 ? a.dateline() : null).read();
            }
            // An introduction ("He said:", an empty content at the colon), or a paragraph ending with an attributed
            // quotation, reaches into the next: a paragraph that is only a quotation goes on in the same voice.
            introduced = previousDirect != null && (previousDirect.content().length() == 0
                    || previousDirect.type() == Quote.Type.DIRECT && previousDirect.speaker() != null) ? previousDirect : null;
        }
        dropUnattributedInsideAttributed(out);
        // Body order by where each quotation ends, so a quotation comes before a report that contains it.
        out.sort(Comparator.comparingInt((Found f) -> f.content().end()).thenComparing(f -> -f.content().start()));
        return out;
    }

    /**
     * "''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said.": the quoted words
     * open the sentence with no attribution of their own, and the sentence's report (mixed) holds them with its
     * speaker; the unattributed copy would only repeat them without one.
     */
    private static void dropUnattributedInsideAttributed(List<Found> found) {
        found.removeIf(f -> f.type() == Quote.Type.DIRECT && f.speaker() == null && found.stream().anyMatch(g -> g != f
                && g.speaker() != null && g.type() != Quote.Type.DIRECT && g.content().start() <= f.content().start()
                && g.content().end() >= f.content().end()));
    }

    /** The tokens inside a span (the list is sorted by offset, so two binary searches find them). */
    private static List<Tok> slice(List<Tok> tokens, TextSpan span) {
        return tokens.subList(firstAtOrAfter(tokens, span.start()), firstAtOrAfter(tokens, span.end()));
    }

    private static int firstAtOrAfter(List<Tok> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Reads one sentence. */
    private static final class SentenceReader {
        private final String body;
        private final TextSpan sentence;
        private final List<Tok> toks;
        private final List<QuoteMarks.Quoted> quotes = new ArrayList<>();
        private final List<Found> out;
        private final Found previousDirect;
        private final Set<Integer> usedCues = new HashSet<>();
        private final int contentFloor;
        private Found last;

        SentenceReader(String body, TextSpan sentence, List<Tok> toks, List<QuoteMarks.Quoted> all, List<Found> out,
                       Found previousDirect, String dateline) {
            this.body = body;
            this.sentence = sentence;
            this.toks = toks;
            this.out = out;
            this.previousDirect = previousDirect;
            for (QuoteMarks.Quoted q : all) {
                if (q.open() >= sentence.start() && q.open() < sentence.end()) quotes.add(q);
            }
            this.contentFloor = datelineEnd(dateline);
        }

        /** Where the story proper starts in a first sentence that opens with a dateline ("WASHINGTON -- "). */
        private int datelineEnd(String dateline) {
            if (dateline == null) return sentence.start();
            for (int i = 0; i < Math.min(toks.size(), 16); i++) {
                Tok t = toks.get(i);
                if (t.text().equals("--") || t.text().equals("\u2014") || t.text().equals("\u2013") || t.text().equals("-")) {
                    return i + 1 < toks.size() ? toks.get(i + 1).start() : sentence.start();
                }
            }
            return sentence.start();
        }

        /** Returns the direct quote this sentence ended with, for split quotes in the next sentence. */
        Found read() {
            Found lastDirect = null;
            int floor = 0; // token index where the text after the previous quote starts
            for (QuoteMarks.Quoted q : quotes) {
                int openTok = tokenAt(q.open());
                int closeTok = q.close() < sentence.end() ? tokenAt(q.close()) : toks.size();
                if (openTok < 0) continue;
                int words = countWords(openTok + 1, closeTok);
                Found f = null;
                if (isTitle(openTok, closeTok, words)) {
                    // A programme's or a book's name in quotation marks (MSNBC's “Morning Joe”), not words said.
                    continue;
                }
                boolean prefixEmpty = onlyPunctuation(floor, openTok);
                Attribution pre = preAttribution(floor, openTok);
                if (prefixEmpty || pre != null) {
                    Attribution post = closeTok < toks.size() ? postAttribution(closeTok + 1) : null;
                    Attribution at = post != null ? post : pre;
                    if (at == null && prefixEmpty && floor > 0 && last != null && last.type() == Quote.Type.DIRECT) {
                        at = new Attribution(last.speaker(), last.cue(), last.lemma(), last.cueToken());
                    }
                    if (at == null && prefixEmpty && floor == 0 && previousDirect != null && words >= 2) {
                        at = new Attribution(previousDirect.speaker(), previousDirect.cue(), previousDirect.lemma(), -1);
                    }
                    if (at != null || (prefixEmpty && floor == 0 && words >= 4)) {
                        TextSpan inner = trim(q.inner());
                        if (inner.length() > 0) {
                            f = at == null ? new Found(inner, Quote.Type.DIRECT, null, null, null, -1)
                                    : new Found(inner, Quote.Type.DIRECT, at.speaker, at.cue, at.lemma, at.cueToken);
                            out.add(f);
                            if (at != null && at.cueToken >= 0) usedCues.add(at.cueToken);
                            last = f;
                            lastDirect = f;
                        }
                    }
                } else if (floor > 0 && last != null && last.type() == Quote.Type.DIRECT && last.cueToken() >= 0
                        && last.cueToken() < floor && asideStart(floor, openTok) && toks.get(openTok - 1).is(",")) {
                    // "“Every time you say that,” Tester said, referring to the excuse, “you give ammunition …”": the
                    // second part goes on after a participial aside, same speaker.
                    TextSpan inner = trim(q.inner());
                    if (inner.length() > 0) {
                        f = new Found(inner, Quote.Type.DIRECT, last.speaker(), last.cue(), last.lemma(), last.cueToken());
                        out.add(f);
                        last = f;
                        lastDirect = f;
                    }
                } else if (closeTok < toks.size()) {
                    // Words of one's own before the quoted ones, then the attribution: "With thousands of systems,
                    // “there is no single point of failure,” he said." The whole clause is the quotation, mixed.
                    Attribution post = postAttribution(closeTok + 1);
                    if (post != null && post.cueToken >= 0 && !usedCues.contains(post.cueToken) && endsSentence(post)
                            && !hasCue(floor, openTok)) {
                        int from = floor;
                        while (from < openTok && (isClauseEnd(toks.get(from)) || toks.get(from).is("and") || toks.get(from).is("but"))) from++;
                        TextSpan content = trim(new TextSpan(toks.get(from).start(), toks.get(Math.min(closeTok, toks.size() - 1)).end()));
                        if (countWordsIn(content) >= 4) {
                            f = new Found(content, Quote.Type.MIXED, post.speaker, post.cue, post.lemma, post.cueToken);
                            out.add(f);
                            usedCues.add(post.cueToken);
                            last = f;
                        }
                    }
                }
                floor = closeTok + 1;
                if (f != null && f.cueToken() >= 0 && f.cueToken() >= floor) floor = endOfAttribution(f);
            }
            readReportedSpeech();
            if (lastDirect != null) return lastDirect;
            // "…, Schiff said. “The other factor …”": a sentence that ends with its attribution hands the speaker
            // on to a quotation standing alone right after it, as a direct quotation would.
            if (last != null && last.speaker() != null && last.cue() != null && last.content().end() <= last.speaker().start()
                    && endsSentence(new Attribution(last.speaker(), last.cue(), last.lemma(), tokenAt(last.cue().start())))) {
                return last;
            }
            // "Caddell continued:" closing a paragraph introduces the quotation that opens the next one.
            if (quotes.isEmpty() && toks.size() > 2 && toks.get(toks.size() - 1).is(":")) {
                Attribution at = preAttribution(0, toks.size());
                if (at != null && at.cue() != null) {
                    int colon = toks.get(toks.size() - 1).end();
                    return new Found(new TextSpan(colon, colon), Quote.Type.DIRECT, at.speaker(), at.cue(), at.lemma(), -1);
                }
            }
            return null;
        }

        /**
         * Up to four words, each capitalised, with no punctuation of a sentence inside: the title of a show, a book or
         * a film (“Morning Joe”, “The Art of the Deal”), when the sentence goes on around it.
         */
        private boolean isTitle(int openTok, int closeTok, int words) {
            if (words < 1 || words > 5 || openTok == 0 || closeTok >= toks.size() - 1) return false;
            int capitals = 0;
            for (int k = openTok + 1; k < closeTok; k++) {
                Tok t = toks.get(k);
                if (!t.isWord()) return false;
                if (t.capitalized()) capitals++;
                else if (!Words.FUNCTION.contains(t.lower())) return false;
            }
            return capitals >= 1 && capitals >= words - 2 && !toks.get(openTok - 1).is(":") && !toks.get(openTok - 1).is(",");
        }

        /** A participial aside ("referring to the excuse,") opens tokens [from, to), after a comma if any. */
        private boolean asideStart(int from, int to) {
            int k = from < to && toks.get(from).is(",") ? from + 1 : from;
            return k < to && toks.get(k).isWord() && !toks.get(k).capitalized() && toks.get(k).lower().endsWith("ing");
        }

        /** Whether a cue of the lexicon stands in tokens [from, to): then the words are someone's reported speech. */
        private boolean hasCue(int from, int to) {
            for (int i = from; i < to; i++) if (Cues.at(toks, i) != null) return true;
            return false;
        }

        /** Whether only punctuation follows the attribution's speaker (and cue) to the end of the sentence. */
        private boolean endsSentence(Attribution a) {
            int end = Math.max(a.cueToken + (a.cue == null ? 0 : tokenEndingAt(a.cue.end()) - a.cueToken),
                    a.speaker == null ? a.cueToken : tokenEndingAt(a.speaker.end()));
            return end >= 0 && onlyPunctuation(end + 1, toks.size());
        }

        private int endOfAttribution(Found f) {
            int i = f.cueToken();
            int cueEnd = f.cue() == null ? i : Math.max(i, tokenEndingAt(f.cue().end()));
            int speakerEnd = f.speaker() == null ? -1 : tokenEndingAt(f.speaker().end());
            // "Kirby said Tuesday, “…”", "Schiff told Capital Download on Wednesday, “…”": the time and the
            // listener belong to the attribution, so a quotation after them continues the first.
            if (speakerEnd <= cueEnd && f.lemma() != null) return skipAfterCue(cueEnd + 1, f.lemma());
            return skipTimes(Math.max(cueEnd, speakerEnd) + 1);
        }

        // ---- direct quotes ------------------------------------------------------------------

        private record Attribution(TextSpan speaker, TextSpan cue, String lemma, int cueToken) { }

        /** {@code ," Kirby said}, {@code ," said Kirby}, {@code ," he added}, {@code " — Minister X}. */
        private Attribution postAttribution(int i) {
            while (i < toks.size() && (toks.get(i).is(",") || toks.get(i).isQuoteMark())) i++;
            if (i >= toks.size()) return null;
            if (isDash(toks.get(i))) {
                TextSpan np = npAfter(i + 1);
                // The dash is what attributes the words, as a colon does in a headline.
                if (np != null && tokenEndingAt(np.end()) == toks.size() - 1 - trailingPunct()) return new Attribution(np, span(i, i), "say", -1);
                return null;
            }
            Cues.Form cue = Cues.at(toks, i);
            if (cue != null && !cue.fixed()) {
                int npStart = i + cue.words().length;
                int npEnd = npForwardEnd(npStart);
                if (npEnd >= 0) {
                    return new Attribution(span(npStart, appositionAfter(npEnd)), span(i, i + cue.words().length - 1), cue.lemma(), i);
                }
            }
            int npEnd = npForwardEnd(i);
            // ," it added: after a quotation, "it" followed by a cue is the outlet or the document that said it.
            if (npEnd < 0 && toks.get(i).is("it") && skipBetween(i + 1) < toks.size() && Cues.at(toks, skipBetween(i + 1)) != null) {
                npEnd = i;
            }
            if (npEnd < 0) return null;
            if (npEnd + 1 < toks.size() && toks.get(npEnd + 1).is(",")) {
                // ," Mr. Regalado, the Republican mayor of Miami, said; ," Mitch McConnell, R-Ky., said
                for (int k = npEnd + 2; k < toks.size() && k < npEnd + 40; k++) {
                    if (toks.get(k).isQuoteMark() || toks.get(k).is(".") && !(k + 1 < toks.size() && toks.get(k + 1).is(","))) break;
                    if (toks.get(k).is(",") && k + 1 < toks.size()) {
                        int j = skipBetween(k + 1);
                        Cues.Form c = j < toks.size() ? Cues.at(toks, j) : null;
                        if (c != null && !c.fixed() && !c.participle()) {
                            return new Attribution(span(i, k), span(j, j + c.words().length - 1), c.lemma(), j);
                        }
                    }
                }
            }
            // ," Oversight Chairman Jason Chaffetz (R-Utah) said: a short parenthesis after the name is not a word of it.
            int afterNp = npEnd + 1;
            if (afterNp < toks.size() && toks.get(afterNp).is("(")) {
                int close = afterNp + 1;
                while (close < toks.size() && close - afterNp <= 6 && !toks.get(close).is(")")) close++;
                if (close < toks.size() && toks.get(close).is(")")) afterNp = close + 1;
            }
            int j = skipBetween(afterNp);
            if (j < toks.size()) {
                Cues.Form c = Cues.at(toks, j);
                if (c != null && !c.fixed()) {
                    return new Attribution(span(i, withParenthesis(npEnd)), span(j, j + c.words().length - 1), c.lemma(), j);
                }
            }
            return null;
        }

        /** {@code Kirby said: "...}, {@code He added, "...}, {@code From the minister: "...}. */
        private Attribution preAttribution(int floor, int openTok) {
            int j = openTok - 1;
            if (j < floor) return null;
            boolean colon = toks.get(j).is(":");
            if (colon || toks.get(j).is(",")) j--;
            if (j < floor) return null;
            // find a cue ending at j (allowing a short tail: "said in a statement:")
            for (int start = j; start >= Math.max(floor, j - 8); start--) {
                Cues.Form c = Cues.at(toks, start);
                if (c == null) continue;
                int cueEnd = start + c.words().length - 1;
                if (cueEnd > j) continue;
                // "said of Clinton, “…”", "said in a statement, “…”": a short tail after the cue needs a colon
                // or must open with a preposition; "told CBS, “…”", "told his radio audience on Monday, “…”": a
                // cue that takes a listener may have it there, and a time.
                boolean tail = cueEnd == j || colon || TAIL_PREPOSITIONS.contains(toks.get(cueEnd + 1).lower());
                if (!tail && Words.OBJECT_CUES.contains(c.lemma())) {
                    int p = skipAfterCue(cueEnd + 1, c.lemma());
                    tail = p == j + 1 || p <= j && TAIL_PREPOSITIONS.contains(toks.get(p).lower()) && j - p < 4;
                }
                if (!tail || start < j - 4 && !Words.OBJECT_CUES.contains(c.lemma())) continue;
                TextSpan np = npBefore(start, floor);
                // "Trump attacked Clinton for her record, saying, “…”": a participle after a comma speaks for the
                // sentence's subject.
                if (np == null && c.participle() && start > floor && toks.get(start - 1).is(",")) np = sentenceSubject(start);
                if (np == null && c.participle()) continue;
                // Before quotation marks a described speaker is plain enough: "The New York businessman says, “…”".
                if (np == null) np = describedSpeakerBefore(start, floor);
                if (np == null) continue;
                return new Attribution(np, span(start, cueEnd), c.lemma(), start);
            }
            if (colon && j - floor <= 8) {
                int s = floor;
                if (toks.get(s).is("from")) s++;
                int npEnd = npForwardEnd(s);
                if (npEnd == j) return new Attribution(span(s, npEnd), span(j + 1, j + 1), "say", -1);
            }
            return null;
        }

        // ---- reported speech ----------------------------------------------------------------

        private void readReportedSpeech() {
            Found headline = colonHeadline();
            if (headline != null) {
                out.add(headline);
                last = headline;
                return;
            }
            Found question = askedQuestion();
            if (question != null) {
                out.add(question);
                usedCues.add(0);
                last = question;
            }
            for (int i = 0; i < toks.size(); i++) {
                if (usedCues.contains(i) || insideQuote(toks.get(i).start())) continue;
                Found nominal = nominal(i);
                if (nominal != null) {
                    out.add(nominal);
                    usedCues.add(i);
                    last = nominal;
                    continue;
                }
                Cues.Form cue = Cues.at(toks, i);
                if (cue == null && MODEL_CUES && CueModel.candidate(toks.get(i)) && mayFollowSpeaker(i)
                        && CueModel.standard().score(toks, i) > MODEL_THRESHOLD) {
                    // Not in the lexicon, but the trained detector says an attribution starts here.
                    String w = toks.get(i).lower();
                    cue = new Cues.Form(new String[] {w}, w, w.endsWith("ing"), false, false);
                }
                if (cue == null) continue;
                int after = i + cue.words().length;
                // "Frequently Asked Questions": a heading, not someone asking.
                if (after < toks.size() && toks.get(after).lower().startsWith("question") && cue.lemma().equals("ask")) continue;
                Found f;
                if (cue.lemma().equals("according to")) {
                    f = accordingTo(i, after);
                } else if (cue.fixed()) {
                    continue;
                } else if (cue.participle() && i > 0 && toks.get(i - 1).is(",") && Words.CONTINUING.contains(cue.lemma())) {
                    f = continuing(i, after, cue);
                } else if (i > 0 && toks.get(i).capitalized() && !toks.get(i - 1).isQuoteMark() && !titleCase()) {
                    continue; // a capitalised cue word mid-sentence is a name ("Price", "Post"), except in a headline
                } else {
                    f = reported(i, after, cue);
                }
                if (f != null) {
                    out.add(f);
                    usedCues.add(i);
                    last = f;
                    i = after - 1;
                }
            }
        }

        /** Words that open the question in "Asked whether …,", "Asked to respond …,". */
        private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "what", "who", "how", "when", "where",
                "which", "about", "to");

        /**
         * "Asked whether he would fire the speechwriter, Priebus said …": the question opening the sentence is an
         * attribution of its own — put by someone the sentence does not name ("Asked by Stephanopoulos to respond": by
         * the one it does). Its content runs to the comma that ends the opening phrase.
         */
        private Found askedQuestion() {
            if (toks.size() < 4 || !toks.get(0).is("asked") || !toks.get(0).capitalized()) return null;
            int p = 1;
            TextSpan asker = null;
            if (toks.get(p).is("by")) {
                int end = npForwardEnd(p + 1);
                if (end < 0) return null;
                asker = span(p + 1, end);
                p = end + 1;
            }
            p = skipTimes(p);
            // "Asked on Fox News who leads the party", "Asked during the debate whether …": an occasion first.
            if (p < toks.size() && OCCASION_PREPOSITIONS.contains(toks.get(p).lower()) && !toks.get(p).is("about")) {
                int k = p + 1;
                while (k < toks.size() && k - p <= 6 && !QUESTION_WORDS.contains(toks.get(k).lower()) && !isClauseEnd(toks.get(k))) k++;
                if (k < toks.size() && QUESTION_WORDS.contains(toks.get(k).lower()) && !toks.get(k).is("to")) p = k;
            }
            if (p >= toks.size() || !QUESTION_WORDS.contains(toks.get(p).lower())) return null;
            for (int k = p + 1; k < toks.size(); k++) {
                Tok t = toks.get(k);
                int end;
                if (t.is(",") && !insideQuote(t.start())) {
                    end = t.start();
                } else if (t.isQuoteMark() && toks.get(k - 1).is(",") && k + 1 < toks.size() && !insideQuote(t.end())) {
                    end = t.end(); // "Asked whether Clinton “has the integrity to serve,” 75 percent said yes"
                } else if (isClauseEnd(t) && !insideQuote(t.start())) {
                    return null;
                } else {
                    continue;
                }
                TextSpan content = trim(new TextSpan(toks.get(p).start(), end));
                if (countWordsIn(content) < 2) return null;
                return new Found(content, typeOf(content), asker, span(0, 0), "ask", 0);
            }
            return null;
        }

        /**
         * "…, as the minister said." — what comes before the comma; "As Mr. Bown observed, in the early days …" —
         * the clause after the attribution's comma (at {@code p}). Null when neither reads.
         */
        private Found asAttribution(int as, int p, TextSpan speaker, TextSpan cueSpan, String lemma, int cueTok) {
            TextSpan content = null;
            if (as > 0 && toks.get(as - 1).is(",")) {
                content = trim(new TextSpan(Math.max(contentFloor, clauseStart(as - 1)), toks.get(as - 1).start()));
            }
            // "As Mr. Bown observed, …", "Yet, as Mr. Bown observed, …": nothing of substance before, the words after.
            if ((content == null || countWordsIn(content) < 3) && countWords(0, as) <= 1 && p + 1 < toks.size() && toks.get(p).is(",")) {
                content = trimContent(new TextSpan(toks.get(p + 1).start(), clauseEnd(p + 1)));
            }
            if (content == null || countWordsIn(content) < 3 || coveredByDirect(content)) return null;
            return new Found(content, typeOf(content), speaker, cueSpan, lemma, cueTok);
        }

        private static final Set<String> DOCUMENTS = Set.of("statement", "letter", "release", "note", "memo", "email", "e-mail",
                "tweet", "video", "ad", "advertisement", "report", "post", "message");

        /**
         * "Trump issued a statement saying …", "His office put out a statement saying …": the one who issued the
         * document speaks through it, so the verb's subject is the speaker rather than "a statement".
         */
        private TextSpan issuerOf(TextSpan speaker) {
            int first = tokenAt(speaker.start());
            int last = tokenEndingAt(speaker.end());
            if (first < 1 || last < 0 || !DOCUMENTS.contains(toks.get(last).lower())
                    || !Words.DETERMINERS.contains(toks.get(first).lower())) {
                return speaker;
            }
            int verb = first - 1;
            if (toks.get(verb).is("out") && verb > 0) verb--; // "put out", "sent out"
            String v = toks.get(verb).lower();
            if (!(v.endsWith("ed") || IRREGULAR_PAST.contains(v) || v.equals("read"))) return speaker;
            TextSpan issuer = npBefore(verb, 0);
            if (issuer == null) issuer = describedSpeakerBefore(verb, 0);
            return issuer != null ? issuer : speaker;
        }

        /** Nouns that report what their owner said when a "that" clause follows: "Trump's claim that …". */
        private static final Set<String> NOMINAL_CUES = Set.of("claim", "claims", "assertion", "suggestion", "insistence",
                "contention", "accusation", "allegation", "argument", "warning", "prediction", "admission", "denial", "boast",
                "promise", "pledge", "declaration", "statement", "charge", "complaint", "belief", "view");

        /**
         * "Donald Trump's claim that Obama founded ISIS", "his suggestion that …": the owner is the speaker (as written,
         * without the possessive ending), the noun the cue, the "that" clause what was said.
         */
        private Found nominal(int i) {
            Tok noun = toks.get(i);
            if (!NOMINAL_CUES.contains(noun.lower()) || i == 0 || i + 2 >= toks.size() || !toks.get(i + 1).is("that")) return null;
            Tok owner = toks.get(i - 1);
            String o = owner.lower();
            TextSpan speaker;
            if (o.equals("his") || o.equals("her") || o.equals("their")) {
                speaker = span(i - 1, i - 1);
            } else if ((o.endsWith("'s") || o.endsWith("\u2019s")) && owner.capitalized() && o.length() > 2) {
                int k = i - 1;
                while (k - 1 >= 0 && toks.get(k - 1).isWord() && toks.get(k - 1).capitalized()
                        && !Words.FUNCTION.contains(toks.get(k - 1).lower())) {
                    k--;
                }
                speaker = new TextSpan(toks.get(k).start(), owner.end() - 2);
            } else {
                return null;
            }
            TextSpan cueSpan = span(i, i);
            return complement(i + 2, speaker, cueSpan, noun.is("claims") ? "claim" : noun.lower(), i);
        }

        /** Headline labels that are not speakers ("Watch: …", "Exclusive: …"). */
        private static final Set<String> HEADLINE_LABELS = Set.of("watch", "video", "photos", "exclusive", "breaking", "update",
                "updated", "analysis", "opinion", "editorial", "live", "review", "listen", "explainer", "factbox");

        /**
         * A headline in title case that credits its claim with a colon: "Pence: Gennifer Flowers Won't Be at Debate".
         * One to four capitalised words before the colon are the speaker, the rest is what they said.
         */
        private Found colonHeadline() {
            if (!out.isEmpty() || !titleCase()) return null;
            int colon = -1;
            for (int k = 1; k < toks.size() && k <= 4; k++) {
                if (toks.get(k).is(":")) {
                    colon = k;
                    break;
                }
            }
            if (colon < 0 || colon + 3 >= toks.size()) return null;
            for (int k = 0; k < colon; k++) {
                Tok t = toks.get(k);
                if (!t.isWord() || !t.capitalized() || HEADLINE_LABELS.contains(t.lower())) return null;
            }
            TextSpan content = trimContent(new TextSpan(toks.get(colon + 1).start(), sentence.end()));
            if (countWordsIn(content) < 3) return null;
            return new Found(content, Quote.Type.INDIRECT, span(0, colon - 1), span(colon, colon), "say", colon);
        }

        private Boolean titleCase;

        /** A headline in title case ("Lindsey Graham Says Trump Could Address Clean Energy"): most words capitalised. */
        private boolean titleCase() {
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

        /**
         * Cheap check before the cue detector runs: the rules only use a cue with a speaker phrase, an
         * adverb or auxiliary, a comma or "and" right before it, so other words need not be scored.
         */
        private boolean mayFollowSpeaker(int i) {
            if (i == 0) return false;
            Tok p = toks.get(i - 1);
            String l = p.lower();
            return p.is(",") || p.is("and") || p.capitalized() || Words.PRONOUNS.contains(l) || Words.SPEAKER_NOUNS.contains(l)
                    || Words.ADVERBS.contains(l) || Words.AUXILIARIES.contains(l) || p.is(")");
        }

        private Found reported(int i, int after, Cues.Form cue) {
            if (passive(i, cue)) return null;
            TextSpan cueSpan = span(i, after - 1);
            TextSpan speaker = npBefore(i, 0);
            // "The tax commissioner said that ...", "The network said it would ...": a described speaker.
            if (!cue.participle()) {
                // "advisers to the president say": the president is the modifier's noun, not the speaker.
                TextSpan modified = modifiedSubjectBefore(i);
                if (modified != null && (speaker == null || speaker.start() > modified.start() && speaker.end() <= modified.end())) {
                    speaker = modified;
                }
            }
            if (speaker == null && !cue.participle()) speaker = describedSpeakerBefore(i, 0);
            if (speaker != null && cue.participle()) speaker = issuerOf(speaker);
            // "After saying her foot was swollen, she was whisked …", "In defending himself, Trump offered …": the
            // participle's speaker is the subject of the clause after the opening phrase.
            if (speaker == null && cue.participle() && i == 1
                    && (NOT_NAMES.contains(toks.get(0).lower()) || Words.PREPOSITIONS.contains(toks.get(0).lower()))) {
                int comma = after;
                while (comma < toks.size() && !(toks.get(comma).is(",") && !insideQuote(toks.get(comma).start()))) comma++;
                if (comma + 1 < toks.size() && !insideQuote(toks.get(comma + 1).start()) && !toks.get(comma + 1).isQuoteMark()) {
                    TextSpan subject = npAfter(comma + 1);
                    if (subject != null) {
                        int end = clauseEnd(after);
                        TextSpan content = trimContent(new TextSpan(toks.get(after).start(), Math.min(end, toks.get(comma).start())));
                        if (countWordsIn(content) >= 2) return new Found(content, typeOf(content), subject, cueSpan, cue.lemma(), i);
                    }
                }
            }
            if (speaker == null) {
                Found inverted = inverted(i, after, cue, cueSpan);
                if (inverted != null) return inverted;
                speaker = coordinatedSubject(i);
                if (speaker == null) return null;
            }
            int speakerStartTok = tokenAt(speaker.start());
            int p = skipAfterCue(after, cue.lemma());
            boolean postPosed = p >= toks.size() || isClauseEnd(toks.get(p)) && !toks.get(p).is(":");
            // "..., Hollande said Tuesday in Paris." — a post-posed attribution with a place or occasion.
            // Not "…, Patriot agreed to lend him $5 million": "to" before a verb opens what was agreed or said.
            if (!postPosed && Words.PREPOSITIONS.contains(toks.get(p).lower()) && findThat(p) < 0 && !infinitive(p)
                    && speakerStartTok > 0 && toks.get(speakerStartTok - 1).is(",")) {
                postPosed = true;
            }
            // Weak cues ("continue", "maintain", "refer to") report speech only before "that", a
            // quotation or a colon, or after what was said.
            if (cue.weak() && !postPosed && !(toks.get(p).is("that") || toks.get(p).isQuoteMark() || toks.get(p).is(":"))) {
                return null;
            }
            if (p < toks.size() && toks.get(p).is(":")) p++;
            if (postPosed && speakerStartTok > 0 && toks.get(speakerStartTok - 1).is("as")) {
                return asAttribution(speakerStartTok - 1, p, speaker, cueSpan, cue.lemma(), i);
            }
            if (postPosed) {
                // Post-posed: "..., Pentagon press secretary John Kirby said Friday."; "..., top black lawmakers said":
                // a few plain words may qualify the speaker between the comma and the head.
                if (speakerStartTok > 0 && !toks.get(speakerStartTok - 1).is(",")) {
                    int k = speakerStartTok - 1;
                    while (k > 0 && speakerStartTok - k <= 3 && toks.get(k).isWord() && !toks.get(k).capitalized()
                            && !Words.FUNCTION.contains(toks.get(k).lower()) && Cues.at(toks, k) == null) {
                        k--;
                    }
                    if (k < speakerStartTok - 1 && toks.get(k).is(",")) {
                        speakerStartTok = k + 1;
                        speaker = new TextSpan(toks.get(speakerStartTok).start(), speaker.end());
                    }
                }
                if (speakerStartTok <= 0 || !toks.get(speakerStartTok - 1).is(",")) return null;
                int start = Math.max(contentFloor, clauseStart(speakerStartTok - 1));
                int end = toks.get(speakerStartTok - 1).start();
                // "The thing he most needs, aides said, is ...": the attribution sits inside the content.
                if (p < toks.size() && toks.get(p).is(",") && p + 1 < toks.size() && toks.get(p + 1).isWord()
                        && Cues.at(toks, p + 1) == null && clauseEnd(p + 1) == sentence.end()) {
                    end = sentence.end();
                    TextSpan whole = trimContent(new TextSpan(start, end));
                    if (countWordsIn(whole) < 4) return null;
                    return new Found(whole, typeOf(whole), speaker, cueSpan, cue.lemma(), i);
                }
                TextSpan content = trim(new TextSpan(start, Math.max(start, end)));
                if (countWordsIn(content) < 3 || coveredByDirect(content)) return null;
                return new Found(content, typeOf(content), speaker, cueSpan, cue.lemma(), i);
            }
            if (p >= toks.size()) return null;
            if (toks.get(p).is("that")) p++;
            else if (infinitive(p)) {
                // an infinitive: "vowed to put the country first", "declined to comment"; after an object, the object is
                // who is to act and belongs to what was said: "urged North Korea to resume talks".
                int object = skipTimes(after);
                if (Words.OBJECT_CUES.contains(cue.lemma()) && object < p && toks.get(object).isWord()) {
                    p = object;
                }
            } else if (Words.PREPOSITIONS.contains(toks.get(p).lower())) {
                int that = findThat(p);
                int object = skipTimes(after);
                if (that >= 0) {
                    p = that + 1;
                } else if (JUDGING.contains(cue.lemma()) && object < p && toks.get(object).isWord()) {
                    // "accused Trump of using divisive rhetoric", "blamed Bush for the bust": the judgement is
                    // the object with what it is judged for.
                    p = object;
                } else {
                    // "said after the convention he would not …": a short phrase of occasion, then the clause.
                    p = pronounAfterPhrase(p);
                    if (p < 0) return null;
                }
            }
            if (p >= toks.size()) return null;
            return complement(p, speaker, cueSpan, cue.lemma(), i);
        }

        /** Capitalised at a sentence's start, never a speaker on their own: subordinators, conjunctions, months. */
        /** Cues that judge their object, and say why after a preposition: "accused X of", "blamed X for", "praised X as". */
        private static final Set<String> JUDGING = Set.of("accuse", "praise", "criticize", "criticise", "thank", "congratulate",
                "blame", "warn");

        private static final Set<String> NOT_NAMES = Set.of("though", "although", "while", "when", "whenever", "after", "before",
                "because", "if", "unless", "until", "since", "as", "once", "but", "and", "or", "so", "yet", "another", "about",
                "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

        private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
        private static final Set<String> OCCASION_PREPOSITIONS = Set.of("after", "before", "during", "at", "in", "on",
                "following", "since");

        /** The subject pronoun that opens a clause within six words after the preposition at {@code p}, or -1. */
        private int pronounAfterPhrase(int p) {
            // Only phrases of time or occasion: after "about", "by" or "for" a pronoun opens a relative clause
            // ("stood by the comments he had made").
            if (!OCCASION_PREPOSITIONS.contains(toks.get(p).lower())) return -1;
            for (int k = p + 2; k < Math.min(toks.size() - 1, p + 7); k++) {
                Tok t = toks.get(k);
                if (isClauseEnd(t) || t.isQuoteMark() || Cues.at(toks, k) != null) return -1;
                if (SUBJECT_PRONOUNS.contains(t.lower()) && toks.get(k + 1).isWord()) return k;
            }
            return -1;
        }

        /** Past participles of cue verbs that do not end in -ed. */
        private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("said", "told", "thought", "seen", "known", "heard",
                "shown", "written", "understood", "held", "felt", "taught", "spoken", "foreseen", "forecast");
        /** Verbs that after "is expected to" still make the subject the speaker ("to add" may be reserves). */
        private static final Set<String> SPEAKING = Set.of("say", "tell", "announce", "speak", "testify", "declare", "address",
                "comment", "respond", "reply", "argue", "urge", "unveil", "outline", "deliver");
        private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");

        /**
         * "The Federal Reserve is expected to add reserves", "He was told that …", "Sales are forecast to rise": a
         * cue in the passive, whose subject is what others speak of or to, not who spoke.
         */
        private boolean passive(int i, Cues.Form cue) {
            String[] w = cue.words();
            // "was quoted as saying", "is calling for": only a participle that ends the cue makes it passive.
            if (!participle(w[w.length - 1])) return false;
            // "is alleged to have told", "is expected to announce": the subject is the one who spoke (or will).
            int after = i + w.length;
            if (after + 1 < toks.size() && toks.get(after).is("to")
                    && (toks.get(after + 1).is("have") || SPEAKING.contains(toks.get(after + 1).lower()))) {
                return false;
            }
            if (w.length > 1) return FORMS_OF_BE.contains(w[0]);
            int j = i - 1;
            while (j >= 0 && (Words.ADVERBS.contains(toks.get(j).lower()) || toks.get(j).lower().endsWith("ly"))) j--;
            return j >= 0 && FORMS_OF_BE.contains(toks.get(j).lower());
        }

        private static boolean participle(String w) {
            return w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w);
        }

        /** Prepositions that may tie a modifier to a speaker noun ("experts on North Korea", "advisers to Mr. Obama"). */
        private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of", "on", "at", "for", "from", "to", "in", "with", "across");

        /**
         * A speaker noun with a prepositional modifier, the whole clause before the cue: "Experts on North Korea
         * and nuclear nonproliferation said", "advisers to Mr. Obama say", "elected officials from both parties
         * say", "Those close to him say", "many of whom say". Only a clause that is nothing but that phrase:
         * no comma, no verb-like word, no relative pronoun between its start and the cue.
         */
        private TextSpan modifiedSubjectBefore(int cue) {
            int end = cue - 1;
            while (end >= 0 && (Words.ADVERBS.contains(toks.get(end).lower()) || Words.AUXILIARIES.contains(toks.get(end).lower()))) end--;
            int start = end;
            while (start - 1 >= 0 && !isClauseEnd(toks.get(start - 1)) && !toks.get(start - 1).is(",") && end - start < 12) start--;
            if (start > 0 && !isClauseEnd(toks.get(start - 1)) && !toks.get(start - 1).is(",")) return null; // longer than 12 words
            if (start >= end) return null;
            int k = start;
            while (k < end && (toks.get(k).is("but") || toks.get(k).is("and") || toks.get(k).is("yet"))) k++;
            int first = k;
            // "Those close to him", "many of whom"
            if (toks.get(k).is("those") && k + 2 <= end && toks.get(k + 1).is("close") && toks.get(k + 2).is("to")) {
                return plainTail(k + 3, end) ? span(first, end) : null;
            }
            if (QUANTITY_SPEAKERS.contains(toks.get(k).lower()) && k + 2 == end && toks.get(k + 1).is("of") && toks.get(k + 2).is("whom")) {
                return span(first, end);
            }
            while (k < end && (Words.DETERMINERS.contains(toks.get(k).lower()) || Words.quantity(toks.get(k).lower())
                    || Words.MODIFIERS.contains(toks.get(k).lower()) || Words.adjectiveLike(toks.get(k).lower())
                    || toks.get(k).lower().endsWith("ed") && !Words.SPEAKER_NOUNS.contains(toks.get(k).lower()))) {
                k++;
            }
            if (k >= end || !Words.SPEAKER_NOUNS.contains(toks.get(k).lower()) || toks.get(k).capitalized() && k > first) return null;
            if (!SUBJECT_PREPOSITIONS.contains(toks.get(k + 1).lower())) return null;
            return plainTail(k + 2, end) ? span(first, end) : null;
        }

        /** Words from {@code from} to {@code to} (inclusive) that can only be a noun phrase's modifier. */
        private boolean plainTail(int from, int to) {
            if (from > to) return false;
            for (int k = from; k <= to; k++) {
                Tok t = toks.get(k);
                String l = t.lower();
                if (!t.isWord() || Words.AUXILIARIES.contains(l) || Cues.at(toks, k) != null || l.equals("that") || l.equals("who")
                        || l.equals("which") || l.equals("when") || l.equals("if")) {
                    return false;
                }
            }
            return true;
        }

        /** "That will be true up to a point, said Sherman, a reporter." — the cue before the speaker. */
        private Found inverted(int i, int after, Cues.Form cue, TextSpan cueSpan) {
            if (i == 0 || !toks.get(i - 1).is(",")) return null;
            int npEnd = npForwardEnd(after);
            if (npEnd < 0) return null;
            int end = appositionAfter(npEnd);
            int q = skipTimes(end + 1);
            if (q < toks.size() && !isClauseEnd(toks.get(q)) && !Words.PREPOSITIONS.contains(toks.get(q).lower())) return null;
            int start = Math.max(contentFloor, clauseStart(i - 1));
            TextSpan content = trimContent(new TextSpan(start, toks.get(i - 1).start()));
            if (countWordsIn(content) < 3 || coveredByDirect(content)) return null;
            return new Found(content, typeOf(content), span(after, end), cueSpan, cue.lemma(), i);
        }

        /** "Clinton celebrated in Florida ... and said it was ...": the subject of the first verb. */
        private TextSpan coordinatedSubject(int cue) {
            int j = cue - 1;
            while (j >= 0 && (Words.ADVERBS.contains(toks.get(j).lower()) || Words.AUXILIARIES.contains(toks.get(j).lower()))) j--;
            if (j < 1 || !toks.get(j).is("and")) return null;
            int e = npForwardEnd(0);
            if (e < 0 || e + 1 >= j) return null;
            Tok next = toks.get(e + 1);
            if (!next.isWord() || next.capitalized() || Words.DETERMINERS.contains(next.lower())) return null;
            return span(0, e);
        }

        /** The content after a cue, up to the end of its clause. */
        private Found complement(int p, TextSpan speaker, TextSpan cueSpan, String lemma, int cueTok) {
            Tok first = toks.get(p);
            if (first.isQuoteMark()) {
                QuoteMarks.Quoted q = quoteOpeningAt(first.start());
                if (q != null) {
                    // "called for "stronger ... forces" in a message": what was called for is the quotation.
                    TextSpan inner = trim(q.inner());
                    if (inner.length() == 0) return null;
                    // "told MSNBC's “Morning Joe” that ...": a programme's name, not what was told.
                    int close = q.close() < sentence.end() ? tokenAt(q.close()) : toks.size();
                    if (close >= 0 && isTitle(p, close, countWords(p + 1, close))) {
                        int that = findThat(close + 1);
                        return that >= 0 && that + 1 < toks.size() ? complement(that + 1, speaker, cueSpan, lemma, cueTok) : null;
                    }
                    return new Found(inner, Quote.Type.DIRECT, speaker, cueSpan, lemma, cueTok);
                }
            }
            // "issued a statement saying …": what was said is the statement's, read from its own cue.
            if (p + 2 < toks.size() && Words.DETERMINERS.contains(first.lower()) && DOCUMENTS.contains(toks.get(p + 1).lower())) {
                Cues.Form inner = Cues.at(toks, p + 2);
                if (inner != null && inner.participle()) return null;
            }
            int end = clauseEnd(p);
            TextSpan content = trimContent(new TextSpan(first.start(), end));
            if (countWordsIn(content) < 2) return null;
            return new Found(content, typeOf(content), speaker, cueSpan, lemma, cueTok);
        }

        private Found accordingTo(int i, int after) {
            int npEnd = after;
            while (npEnd < toks.size() && npEnd - after < 8 && !isClauseEnd(toks.get(npEnd)) && !toks.get(npEnd).isQuoteMark()) npEnd++;
            if (npEnd == after) return null;
            TextSpan speaker = span(after, npEnd - 1);
            TextSpan cueSpan = span(i, after - 1);
            boolean followedByComma = npEnd < toks.size() && toks.get(npEnd).is(",");
            // "..., which, according to X, included ..." or a sentence that opens with "According to X,"
            boolean clauseInitial = i == 0 || i >= 2 && toks.get(i - 1).is(",")
                    && (toks.get(i - 2).is("which") || toks.get(i - 2).is("that") || toks.get(i - 2).is("who"));
            if (clauseInitial && followedByComma) {
                if (npEnd + 1 >= toks.size()) return null;
                return complement(npEnd + 1, speaker, cueSpan, "according to", i);
            }
            // "..., according to X." or "...,\" according to X." (the comma inside the quotation)
            boolean afterComma = i > 0 && toks.get(i - 1).is(",");
            boolean afterQuotedComma = i > 1 && toks.get(i - 1).isQuoteMark() && toks.get(i - 2).is(",");
            if (afterComma || afterQuotedComma) {
                int start = Math.max(contentFloor, clauseStart(i - 1));
                int end = afterComma ? toks.get(i - 1).start() : toks.get(i - 1).end();
                TextSpan content = trimContent(new TextSpan(start, end));
                if (countWordsIn(content) < 3 || coveredByDirect(content)) return null;
                return new Found(content, typeOf(content), speaker, cueSpan, "according to", i);
            }
            return null;
        }

        /** {@code ..., adding that ...}: the speaker of this sentence's attribution goes on. */
        private Found continuing(int i, int after, Cues.Form cue) {
            if (cue.weak()) return null;
            TextSpan speaker = last != null && last.speaker() != null && last.content().start() >= sentence.start() - 1 && inSentence(last)
                    ? last.speaker() : sentenceSubject(i);
            if (speaker == null) return null;
            int p = skipAfterCue(after, cue.lemma());
            if (p < toks.size() && toks.get(p).is("that")) p++;
            if (p >= toks.size() || isClauseEnd(toks.get(p))) return null;
            return complement(p, speaker, span(i, after - 1), cue.lemma(), i);
        }

        private boolean inSentence(Found f) {
            return f.cue() != null && f.cue().start() >= sentence.start() && f.cue().end() <= sentence.end();
        }

        /** The subject of the sentence's first clause, for "North Korea ... hinted at ..., saying ...". */
        private TextSpan sentenceSubject(int before) {
            for (int k = 0; k < before; k++) {
                Cues.Form c = Cues.at(toks, k);
                if (c != null && !c.participle() && !c.fixed()) return npBefore(k, 0);
            }
            return leadingSubject(before);
        }

        private static boolean nameWord(Tok t) {
            return t.isWord() && t.capitalized() && !Words.FUNCTION.contains(t.lower()) && !Words.DETERMINERS.contains(t.lower());
        }

        /** Verbs in the past that do not end in -ed, for a clause's verb after its subject. */
        private static final Set<String> IRREGULAR_PAST = Set.of("spoke", "took", "made", "went", "gave", "met", "told",
                "said", "wrote", "sent", "held", "began", "ran", "left", "came", "saw", "brought", "won", "lost", "put",
                "set", "got", "kept", "led", "stood", "struck", "sought", "fought", "threw", "drew", "broke", "chose",
                "rose", "fell", "hit", "cut", "paid", "sat", "spent", "taught", "thought", "felt", "heard", "knew", "became");

        /**
         * "Trump revised his plan, promising to focus …": with no verb of saying before the participle, the name
         * or personal pronoun that opens the sentence (after an opening time phrase and its comma), when a verb in
         * the past follows it.
         */
        private TextSpan leadingSubject(int before) {
            int s = 0;
            // "On Thursday, however, Trump …", "Earlier, she …": skip an opening phrase of a few words and its commas.
            for (int k = 0; k < Math.min(before, 6); k++) {
                if (!toks.get(k).is(",")) continue;
                String first = toks.get(0).lower();
                if (Words.TIME_WORDS.contains(first) || Words.ADVERBS.contains(first) || first.equals("in")
                        || first.equals("at") || first.equals("after") || first.equals("during")) {
                    s = k + 1;
                    while (s + 1 < before && Words.ADVERBS.contains(toks.get(s).lower()) && toks.get(s + 1).is(",")) s += 2;
                }
                break;
            }
            if (s >= before) return null;
            Tok head = toks.get(s);
            boolean pronoun = Words.PERSON_PRONOUNS.contains(head.lower()) || head.is("they") || head.is("we");
            int end = s;
            if (!pronoun) {
                // A name: capitalised words ("Hillary Clinton", "The New York Times"), nothing else.
                int k = head.is("the") ? s + 1 : s;
                if (k >= before || !nameWord(toks.get(k))) return null;
                end = k;
                while (end + 1 < before && nameWord(toks.get(end + 1))) end++;
            }
            if (end + 1 >= before) return null;
            String verb = toks.get(end + 1).lower();
            if (!(verb.endsWith("ed") || IRREGULAR_PAST.contains(verb))) return null;
            return span(s, end);
        }

        // ---- phrase helpers -----------------------------------------------------------------

        /** The speaker phrase ending just before token {@code cue}, skipping adverbs, auxiliaries and times. */
        private TextSpan npBefore(int cue, int floor) {
            int j = cue - 1;
            while (j >= floor) {
                Tok t = toks.get(j);
                String l = t.lower();
                // "Theresa May said": a capitalised "May" after a name is the name's end, not the auxiliary.
                boolean nameEnd = t.capitalized() && j > floor && toks.get(j - 1).capitalized() && toks.get(j - 1).isWord();
                if (Words.ADVERBS.contains(l) || Words.AUXILIARIES.contains(l) && !nameEnd || Words.WEEKDAYS.contains(l)
                        || (Words.TIME_WORDS.contains(l) && !t.capitalized()) || l.endsWith("ly") && !t.capitalized() && l.length() > 4) {
                    j--;
                    continue;
                }
                if (t.is(")")) {
                    int k = j;
                    while (k >= floor && !toks.get(k).is("(")) k--;
                    if (k < floor) return null;
                    j = k - 1;
                    continue;
                }
                if (t.is(",") && j - 2 >= floor && toks.get(j - 2).is(",") && Words.ADVERBS.contains(toks.get(j - 1).lower())) {
                    j -= 3; // ", however,"
                    continue;
                }
                break;
            }
            if (j < floor) return null;
            if (toks.get(j).is(",")) return appositionBefore(j, floor);
            Tok head = toks.get(j);
            if (Words.PRONOUNS.contains(head.lower()) && !head.is("it") && !head.is("which") && !head.is("you")) return span(j, j);
            // "all agreed that", "many say", "others argue": a quantity standing for people.
            if (head.isWord() && (QUANTITY_SPEAKERS.contains(head.lower())) && (j == floor || isClauseEnd(toks.get(j - 1)))) return span(j, j);
            if (!head.isWord() || !(head.capitalized() || Words.SPEAKER_NOUNS.contains(head.lower()))) return null;
            // "The call for ...", "the North's state ...": the cue word is a noun here, not a verb.
            if (Words.ARTICLES.contains(head.lower()) || head.lower().endsWith("'s") || head.lower().endsWith("\u2019s")) return null;
            int k = j;
            while (k - 1 >= floor) {
                Tok p = toks.get(k - 1);
                String l = p.lower();
                if (p.isWord() && p.capitalized() && !(k - 1 == 0 && Words.PREPOSITIONS.contains(l))) {
                    k--;
                } else if (l.equals("of") && k - 2 >= floor && toks.get(k - 2).capitalized() && toks.get(k).capitalized()) {
                    k--;
                } else if (l.equals("and") && k - 2 >= floor && toks.get(k - 2).capitalized() && toks.get(k).capitalized()) {
                    k--;
                } else if (Words.DETERMINERS.contains(l)) {
                    k--;
                    break;
                } else if (l.equals("of") && k - 2 >= floor && (Words.quantity(toks.get(k - 2).lower())
                        || toks.get(k - 2).is("percent") || toks.get(k - 2).is("majority") || toks.get(k - 2).is("share"))) {
                    k--; // "46 percent of voters", "most of them"
                } else if (p.isWord() && Words.quantity(l)) {
                    k--;
                } else if (p.isWord() && (Words.SPEAKER_NOUNS.contains(l) || Words.MODIFIERS.contains(l) || Words.adjectiveLike(l)
                        || l.endsWith("'s") || l.endsWith("\u2019s"))) {
                    k--;
                } else {
                    // "Foreign policy analysts", "Several cast members": plain nouns before a common noun.
                    int before = toks.get(k).capitalized() ? k - 1 : nounModifiersFrom(k - 1, floor);
                    if (before == k - 1) break;
                    k = before + 1;
                }
            }
            // A leading capitalised function word ("In", "But") is not part of the name.
            while (k < j && Words.PREPOSITIONS.contains(toks.get(k).lower())) k++;
            while (k < j && (toks.get(k).is("but") || toks.get(k).is("and") || toks.get(k).is("still") || toks.get(k).is("yet"))) k++;
            // "After saying …", "Though she called …", "which in March imposed": a capitalised word that is not a name.
            if (k == j && (NOT_NAMES.contains(head.lower()) || Words.PREPOSITIONS.contains(head.lower()))) {
                return null;
            }
            // "Sen. Claire McCaskill (D-Mo.) said": the party label belongs to the speaker as written.
            int end = withParenthesis(j);
            return span(k, end < cue ? end : j);
        }

        /**
         * Plain lower-case nouns modifying a speaker noun ("policy" in "Foreign policy analysts", "appeals" in "A federal
         * appeals court"): up to two, ending at {@code m}, when what precedes them opens a noun phrase (a determiner,
         * a capitalised word, a quantity, the clause's start). The index before them, or {@code m} when there are none.
         */
        private int nounModifiersFrom(int m, int floor) {
            int q = m;
            while (q >= floor && m - q < 2 && plainWord(toks.get(q))) q--;
            if (q == m) return m;
            if (q < floor || isClauseEnd(toks.get(q)) || Words.DETERMINERS.contains(toks.get(q).lower())
                    || toks.get(q).isWord() && toks.get(q).capitalized() || Words.quantity(toks.get(q).lower())) {
                return q;
            }
            return m;
        }

        private boolean plainWord(Tok t) {
            String l = t.lower();
            return t.isWord() && !t.capitalized() && !Words.FUNCTION.contains(l) && !Words.PREPOSITIONS.contains(l)
                    && !Words.DETERMINERS.contains(l) && !l.endsWith("ly") && !l.endsWith("ed") && !Words.PRONOUNS.contains(l)
                    && !Words.AUXILIARIES.contains(l) && !Words.ADVERBS.contains(l) && !Character.isDigit(l.charAt(0))
                    && Cues.at(List.of(t), 0) == null;
        }

        /**
         * "The New York businessman", "the announcer", "a spokeswoman for the city": a determiner, then up to five
         * words ending in a noun, right before the cue and opening the clause; null otherwise.
         */
        private TextSpan describedSpeakerBefore(int cue, int floor) {
            int head = cue - 1;
            String h = head < floor ? "" : toks.get(head).lower();
            // Not an adverb, a function word or a possessive ("the North's state media": "state" is no cue here).
            if (head < floor || !toks.get(head).isWord() || Words.FUNCTION.contains(h) || h.endsWith("ly")
                    || h.endsWith("'s") || h.endsWith("\u2019s")) {
                return null;
            }
            for (int k = head - 1; k >= Math.max(floor, head - 10); k--) {
                Tok t = toks.get(k);
                // A possessive name works as a determiner: "Connecticut’s tax commissioner".
                boolean possessive = t.capitalized() && (t.lower().endsWith("'s") || t.lower().endsWith("\u2019s"));
                if (Words.ARTICLES.contains(t.lower()) || Words.DETERMINERS.contains(t.lower()) || possessive) {
                    if (opensClause(k, floor)) return span(k, head);
                    // "The transcript of the debate shows", "Video of the incident shows": the phrase goes on back
                    // through "of" to what opens the clause.
                    if (k - 2 >= floor && toks.get(k - 1).is("of")) {
                        k--;
                        continue;
                    }
                    return null;
                }
                if (k == floor && t.capitalized() && t.isWord() && head - k <= 4) return span(k, head); // "Polling averages show"
                if (!t.isWord() || Words.FUNCTION.contains(t.lower()) && !t.is("of")) return null;
            }
            return null;
        }

        /** Nothing but punctuation or a conjunction before token {@code k} in its clause. */
        private boolean opensClause(int k, int floor) {
            return k == floor || isClauseEnd(toks.get(k - 1)) || toks.get(k - 1).is("and") || toks.get(k - 1).is("but");
        }

        /**
         * "Mike Shields, president of the Congressional Leadership Fund, said": a name, its apposition
         * and the comma that closes it, when they open the clause.
         */
        private TextSpan appositionBefore(int comma, int floor) {
            int s = comma - 1;
            while (s > floor && s > comma - 40) {
                Tok t = toks.get(s - 1);
                if (t.is(".") || t.is(";") || t.is(":") || t.isQuoteMark() || t.is("(") || t.is(")")) break;
                s--;
            }
            if (s >= comma) return null;
            // skip a leading conjunction, and an opening adverbial up to its comma ("At Boca West, ...,")
            if (toks.get(s).is("but") || toks.get(s).is("and")) s++;
            while (s < comma && (Words.PREPOSITIONS.contains(toks.get(s).lower()) || Words.OPENERS.contains(toks.get(s).lower()))
                    && !(Words.quantity(toks.get(s).lower()) && s + 1 < comma && toks.get(s + 1).is("of"))) { // "One of the attorneys, X,"
                int c = s;
                while (c < comma && !toks.get(c).is(",")) c++;
                if (c >= comma - 1) break;
                s = c + 1;
            }
            int e = npForwardEnd(s);
            // "one of the family's attorneys, Justin Bamberg, said": a quantity of people opens the phrase.
            if (e < 0 && s + 1 < comma && Words.quantity(toks.get(s).lower()) && toks.get(s + 1).is("of")) e = s;
            // "A lawyer for the news outlets, David Schulz, said", "Officials at Homeland Security Investigations,
            // a division of …, said": a prepositional modifier runs to the apposition's comma.
            if (e >= 0 && e + 1 < comma && SUBJECT_PREPOSITIONS.contains(toks.get(e + 1).lower())) {
                int c = e + 1;
                while (c < comma && c - e <= 8 && !toks.get(c).is(",") && Cues.at(toks, c) == null) c++;
                if (c < comma && toks.get(c).is(",")) e = c - 1;
            }
            if (e < 0 || e + 1 >= comma || !toks.get(e + 1).is(",")) return null;
            for (int k = e + 2; k < comma; k++) {
                Cues.Form c = Cues.at(toks, k);
                // another verb of saying: not an apposition; a fixed phrase ("Trump, in a statement, said") is not a verb
                if (c != null && !c.participle() && !c.weak() && !c.fixed()) return null;
            }
            // "Trump, in a statement on Tuesday, said", "Sanders, speaking in Ohio, said": an aside between commas
            // (a prepositional phrase, a participle, a day) is not part of the speaker as an apposition is.
            Tok aside = toks.get(e + 2);
            if (aside.isWord() && !aside.capitalized() && (Words.PREPOSITIONS.contains(aside.lower()) || aside.lower().endsWith("ing"))
                    || Words.WEEKDAYS.contains(aside.lower())) {
                return span(s, e);
            }
            return span(s, comma);
        }

        /** After a name that follows the cue: its apposition runs to the end of the sentence ("said Jane Doe, a broker in Tampa"). */
        /** "Sen. Lindsey Graham (R-S.C.)": the index of a short parenthesis's ")" right after a name, else {@code npEnd}. */
        private int withParenthesis(int npEnd) {
            if (npEnd + 1 >= toks.size() || !toks.get(npEnd + 1).is("(")) return npEnd;
            for (int k = npEnd + 2; k < toks.size() && k - npEnd <= 8; k++) {
                if (toks.get(k).is(")")) return k;
                if (toks.get(k).is("(") || toks.get(k).isQuoteMark()) return npEnd;
            }
            return npEnd;
        }

        private int appositionAfter(int npEnd) {
            // "said a longtime GOP data expert who has worked for ...": a relative clause runs to the end.
            if (npEnd + 1 < toks.size() && toks.get(npEnd + 1).is("who")) return lastWordBeforeEnd(npEnd);
            npEnd = withParenthesis(npEnd);
            if (npEnd + 2 >= toks.size() || !toks.get(npEnd + 1).is(",")) return npEnd;
            Tok next = toks.get(npEnd + 2);
            if (!next.isWord() || Words.PREPOSITIONS.contains(next.lower()) || Words.FUNCTION.contains(next.lower()) && !next.is("who")) {
                return npEnd;
            }
            int k = toks.size() - 1;
            while (k > npEnd && !toks.get(k).isWord() && !toks.get(k).isQuoteMark()) k--;
            for (int m = npEnd + 2; m <= k; m++) {
                if (toks.get(m).isQuoteMark()) return npEnd;
                Cues.Form c = Cues.at(toks, m);
                if (c != null && c.participle() && toks.get(m - 1).is(",")) return npEnd; // ", adding ..."
            }
            return k;
        }

        private int lastWordBeforeEnd(int npEnd) {
            int k = toks.size() - 1;
            while (k > npEnd && !toks.get(k).isWord()) k--;
            for (int m = npEnd + 1; m <= k; m++) if (toks.get(m).isQuoteMark()) return npEnd;
            return k;
        }

        /** The speaker phrase starting at token {@code i} ("Kirby", "the minister"), or null. */
        private TextSpan npAfter(int i) {
            int end = npForwardEnd(i);
            return end < 0 ? null : span(i, end);
        }

        private int npForwardEnd(int i) {
            if (i >= toks.size()) return -1;
            Tok t = toks.get(i);
            if (Words.PRONOUNS.contains(t.lower()) && !t.is("it") && !t.is("which") && !t.is("you")) return i;
            int k = i;
            int lastHead = -1;
            boolean determiner = false;
            while (k < toks.size()) {
                Tok p = toks.get(k);
                String l = p.lower();
                if (k == i && Words.DETERMINERS.contains(l)) {
                    determiner = true;
                    k++;
                    continue;
                }
                if (p.isWord() && (p.capitalized() || Words.SPEAKER_NOUNS.contains(l))) {
                    lastHead = k;
                } else if ((l.equals("of") || l.equals("and")) && lastHead >= 0 && k + 1 < toks.size() && toks.get(k + 1).capitalized()) {
                    // "Secretary of State", "Park and Blinken"
                } else if (l.equals("of") && lastHead >= 0 && k + 2 < toks.size() && toks.get(k + 1).is("the")
                        && toks.get(k + 2).capitalized() && !Words.SPEAKER_NOUNS.contains(toks.get(lastHead).lower())) {
                    // "Mr. Morgan of the Sierra Club", "Secretary of the Treasury"; not "Critics of the EB-5 program"
                    k++;
                } else if (p.isWord() && k - i < 6 && !Words.FUNCTION.contains(l) && Cues.at(toks, k) == null) {
                    // a modifier before the head: "super PAC spokeswoman", "a longtime GOP data expert",
                    // "warm-and-fuzzy Trump"
                } else {
                    break;
                }
                k++;
            }
            // "the New York businessman said", "the union wrote": after a determiner, the plain word right before
            // the cue is the head even when it is not a known speaker noun.
            if (determiner && k < toks.size() && k - 1 > i && Cues.at(toks, k) != null && toks.get(k - 1).isWord()
                    && !toks.get(k - 1).capitalized() && !Words.FUNCTION.contains(toks.get(k - 1).lower())
                    && !toks.get(k - 1).lower().endsWith("ly")) {
                lastHead = k - 1;
            }
            // The phrase ends with its last name or noun ("the Pentagon spokesman", not "the Pentagon spokesman briefly").
            return lastHead;
        }

        /** Skips times, adverbs and (for "tell"-like cues) an object after the cue. */
        /** "to" before a plain lower-case word: an infinitive ("agreed to lend"), not a place or a listener. */
        private boolean infinitive(int p) {
            // In a headline in title case every verb is capitalised: "Sanders Vows To Eliminate Tax Breaks".
            return p + 1 < toks.size() && toks.get(p).is("to") && toks.get(p + 1).isWord()
                    && (!toks.get(p + 1).capitalized() || titleCase()) && !Words.DETERMINERS.contains(toks.get(p + 1).lower());
        }

        private int skipAfterCue(int p, String lemma) {
            // "spoke out on Tuesday", "spoke up": the particle belongs to the verb, not to what was said.
            p = skipTimes(p);
            if (Words.OBJECT_CUES.contains(lemma) && p < toks.size() && !toks.get(p).is("that")) {
                int objEnd = npForwardEnd(p);
                if (objEnd < 0 && p < toks.size() && toks.get(p).isWord() && Words.DETERMINERS.contains(toks.get(p).lower())) {
                    objEnd = p;
                    while (objEnd + 1 < toks.size() && toks.get(objEnd + 1).isWord() && !toks.get(objEnd + 1).is("that")
                            && objEnd - p < 5) {
                        objEnd++;
                    }
                }
                if (objEnd >= 0) p = skipTimes(objEnd + 1);
            }
            return p;
        }

        private int skipTimes(int p) {
            while (p < toks.size()) {
                Tok t = toks.get(p);
                String l = t.lower();
                if (Words.WEEKDAYS.contains(l) || Words.ADVERBS.contains(l)
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

        private int skipBetween(int p) {
            while (p < toks.size()) {
                String l = toks.get(p).lower();
                if (Words.ADVERBS.contains(l) || Words.AUXILIARIES.contains(l)) p++;
                else break;
            }
            return p;
        }

        /** The "that" that opens a clause after a prepositional phrase ("said in a statement that"). */
        private int findThat(int p) {
            for (int k = p; k < toks.size() && k - p < 16; k++) {
                Tok t = toks.get(k);
                if (t.is("that")) return k;
                // A place may carry its own commas: "at a campaign stop in Toledo, Ohio, that ...".
                if (t.is(",") && k > p && toks.get(k - 1).capitalized() && k + 1 < toks.size()
                        && (toks.get(k + 1).capitalized() || toks.get(k + 1).is("that"))) {
                    continue;
                }
                if (isClauseEnd(t) || t.isQuoteMark()) return -1;
            }
            return -1;
        }

        /** Where the clause starting at token p ends: the sentence end, or before ", adding", ", according to" or ", X said". */
        private int clauseEnd(int p) {
            for (int k = p; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (insideQuote(t.start())) continue;
                if (t.is(";")) return t.start();
                // "…to remain in the hospital, but was treated as an outpatient": the report ends before ", but".
                if (t.is(",") && k + 1 < toks.size() && toks.get(k + 1).is("but")) return t.start();
                // "… that Machado was “disgusting” and encouraged Americans to …": the speaker's next act of saying.
                if (t.is("and") && k > p + 2 && k + 1 < toks.size() && !toks.get(k + 1).capitalized()) {
                    Cues.Form c = Cues.at(toks, k + 1);
                    int after = c == null ? -1 : k + 1 + c.words().length;
                    // Only a verb that is nearly always speech ("and said", "and warned"), or any cue before "that" or a
                    // quotation: "the economy grew and added two million jobs" is the economy's.
                    if (c != null && !c.participle() && !c.fixed() && (toks.get(k + 1).is("said") || toks.get(k + 1).is("told")
                            || toks.get(k + 1).lower().endsWith("ed") && (SPEECH_AFTER_AND.contains(c.lemma())
                            || after < toks.size() && (toks.get(after).is("that") || toks.get(after).isQuoteMark())))) {
                        return toks.get(k - 1).is(",") ? toks.get(k - 1).start() : t.start();
                    }
                }
                if (t.is(",") && k + 1 < toks.size()) {
                    Cues.Form c = Cues.at(toks, k + 1);
                    if (c != null && (c.participle() && Words.CONTINUING.contains(c.lemma()) || c.lemma().equals("according to"))) {
                        return t.start();
                    }
                    // ", the North's state media reported Tuesday." — another attribution starts here
                    int npEnd = npForwardEnd(k + 1);
                    if (npEnd > 0) {
                        int j = skipBetween(npEnd + 1);
                        Cues.Form c2 = j < toks.size() ? Cues.at(toks, j) : null;
                        if (c2 != null && !c2.participle() && !c2.fixed()) {
                            int q = skipTimes(j + c2.words().length);
                            if (q >= toks.size() || isClauseEnd(toks.get(q))) return t.start();
                        }
                    }
                }
            }
            return sentence.end();
        }

        /** The start of the clause that ends at token {@code comma}: after a previous clause break, or the sentence start. */
        private int clauseStart(int comma) {
            int start = sentence.start();
            for (int k = comma - 1; k >= 0; k--) {
                Tok t = toks.get(k);
                if (insideQuote(t.start())) continue;
                if (t.is(";")) {
                    start = toks.get(k + 1).start();
                    break;
                }
            }
            return start;
        }

        private boolean coveredByDirect(TextSpan content) {
            for (QuoteMarks.Quoted q : quotes) {
                if (q.open() <= content.start() + 1 && q.close() >= content.end() - 1) {
                    for (Found f : out) {
                        if (f.type() == Quote.Type.DIRECT && f.content().start() == q.open() + 1) return true;
                    }
                }
            }
            return false;
        }

        private Quote.Type typeOf(TextSpan content) {
            boolean hasQuote = false;
            for (QuoteMarks.Quoted q : quotes) {
                if (q.open() >= content.start() && q.open() < content.end()) {
                    hasQuote = true;
                    if (q.open() <= content.start() + 1 && q.close() >= content.end() - 2) return Quote.Type.DIRECT;
                }
            }
            return hasQuote ? Quote.Type.MIXED : Quote.Type.INDIRECT;
        }

        private QuoteMarks.Quoted quoteOpeningAt(int pos) {
            for (QuoteMarks.Quoted q : quotes) {
                if (q.open() == pos) return q;
            }
            return null;
        }

        private boolean insideQuote(int pos) {
            for (QuoteMarks.Quoted q : quotes) {
                if (q.contains(pos)) return true;
            }
            return false;
        }

        private static final Set<String> SPEECH_AFTER_AND = Set.of("suggest", "argue", "insist", "warn", "urge", "claim", "stress",
                "accuse", "deny", "encourage", "complain", "declare", "announce", "vow", "pledge", "promise", "predict", "ask");

        private boolean isClauseEnd(Tok t) {
            return t.is(",") || t.is(".") || t.is(";") || t.is("!") || t.is("?") || t.is(":");
        }

        /** "--", an em or en dash, or the horizontal bar (U+2015, the "quotation dash" of some style guides). */
        private static boolean isDash(Tok t) {
            return t.text().equals("--") || t.text().equals("\u2014") || t.text().equals("\u2013") || t.text().equals("\u2015");
        }

        private int trailingPunct() {
            int n = 0;
            for (int k = toks.size() - 1; k >= 0 && !toks.get(k).isWord(); k--) n++;
            return n;
        }

        private int countWords(int from, int to) {
            int n = 0;
            for (int k = Math.max(0, from); k < Math.min(to, toks.size()); k++) if (toks.get(k).isWord()) n++;
            return n;
        }

        private int countWordsIn(TextSpan s) {
            int n = 0;
            for (Tok t : toks) if (t.isWord() && t.start() >= s.start() && t.end() <= s.end()) n++;
            return n;
        }

        private boolean onlyPunctuation(int from, int to) {
            for (int k = from; k < to; k++) if (toks.get(k).isWord()) return false;
            return true;
        }

        private int tokenAt(int pos) {
            for (int k = 0; k < toks.size(); k++) if (toks.get(k).start() == pos) return k;
            return -1;
        }

        private int tokenEndingAt(int pos) {
            for (int k = 0; k < toks.size(); k++) if (toks.get(k).end() == pos) return k;
            return -1;
        }

        private TextSpan span(int fromTok, int toTok) {
            return new TextSpan(toks.get(fromTok).start(), toks.get(toTok).end());
        }

        private TextSpan trim(TextSpan s) {
            int a = s.start();
            int b = s.end();
            while (a < b && Tokens.isSpace(body.charAt(a))) a++;
            while (b > a && Tokens.isSpace(body.charAt(b - 1))) b--;
            return new TextSpan(a, b);
        }

        /** Trims spaces and a final comma or full stop outside quotation marks. */
        private TextSpan trimContent(TextSpan s) {
            TextSpan t = trim(s);
            int b = t.end();
            while (b > t.start() && ".,;:".indexOf(body.charAt(b - 1)) >= 0) b--;
            return trim(new TextSpan(t.start(), b));
        }
    }
}
