package io.pressroom.quote;

import static io.pressroom.quote.SentenceTokens.isClauseEnd;
import static io.pressroom.quote.SentenceTokens.isDash;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.pipeline.ArticleStage;
import io.pressroom.quote.Tokens.Tok;
import io.pressroom.text.Casing;
import io.pressroom.text.RoleWords;
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
    /**
     * Decision threshold of the detector; above 0 trades recall for precision. 0.5 since the retraining of session 9:
     * PolNeAR dev overlap F1 0.724 at 0 and at 0.5 (precision 0.843 → 0.847), train 0.709 → 0.706; at 0 the
     * retrained detector read "Politifact checked Trump's claim" as an attribution of its own.
     */
    static final double MODEL_THRESHOLD = Double.parseDouble(System.getProperty("pressroom.quotes.cueThreshold", "0.5"));

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
            int readBefore = out.size();
            for (TextSpan sentence : Sentences.split(body, paragraph, marks)) {
                List<Tok> toks = slice(tokens, sentence);
                int before = out.size();
                Found direct = new SentenceReader(body, sentence, toks, marks, out, previousDirect,
                        sentence.start() == 0 ? a.dateline() : null).read();
                // "Mr Kennedy said the public felt let down by Labour. “There is no limit to our ambitions.”": a sentence
                // that is only a quotation, after a sentence reporting someone's words, goes on in that voice.
                previousDirect = direct != null ? direct : lastReport(out, before);
            }
            // "Limbaugh added:" closing a paragraph before one in no quotation marks (a block quotation whose marks the
            // page kept as indentation): that paragraph is what was said.
            if (introduced != null && introduced.content().length() == 0 && out.size() == readBefore
                    && onlySpaceBetween(body, introduced.cue().end(), introduced.content().start() - 1)
                    && !QuoteMarks.isMark(body.charAt(paragraph.start())) && paragraph.length() > 0) {
                TextSpan words = trimEnd(body, paragraph);
                Quote.Type type = marks.stream().anyMatch(q -> q.open() >= words.start() && q.open() < words.end())
                        ? Quote.Type.MIXED : Quote.Type.INDIRECT;
                out.add(new Found(words, type, introduced.speaker(), introduced.cue(), introduced.lemma(), -1));
            }
            // An introduction ("He said:", an empty content at the colon), or a paragraph ending with an attributed
            // quotation or a report of someone's words, reaches into the next: a paragraph that is only a quotation goes
            // on in the same voice ("Kirby told reporters the drills would go ahead. ¶ “We are ready for anything.”").
            introduced = previousDirect != null && (previousDirect.content().length() == 0 || previousDirect.speaker() != null)
                    ? previousDirect : null;
        }
        for (Found turn : transcriptTurns(body, a.paragraphs(), tokens)) {
            // A headline's colon may have been read already ("Sanders: Clinton needs to …").
            if (out.stream().noneMatch(f -> f.cue() != null && f.cue().equals(turn.cue()))) out.add(turn);
        }
        dropReadingsInsideReports(out);
        out.replaceAll(f -> withoutLeadingSubordinator(body, f));
        // Body order by where each quotation ends, so a quotation comes before a report that contains it.
        out.sort(Comparator.comparingInt((Found f) -> f.content().end()).thenComparing(f -> -f.content().start()));
        return out;
    }

    /**
     * "Though Kaine said", "Although Rubio told", "As Cruz noted": a subordinator or conjunction opening the sentence is
     * not the speaker's, whichever reading took it in (capitalised, it looks like a name's first word). A speaker that
     * was nothing else ("Despite", "Even") leaves the reading with none. One step over all readings because five speaker
     * readers take such a word in; the same skip inside {@code SpeakerPhrases.npBefore} alone mended few of them.
     */
    private static Found withoutLeadingSubordinator(String body, Found f) {
        TextSpan sp = f.speaker();
        if (sp == null) return f;
        int s = sp.start();
        int w = s;
        while (w < sp.end() && Character.isLetter(body.charAt(w))) w++;
        if (w == s || !LEADING_NOT_SPEAKER.contains(body.substring(s, w).toLowerCase(java.util.Locale.ROOT))) return f;
        while (w < sp.end() && (Character.isWhitespace(body.charAt(w)) || body.charAt(w) == ',')) w++;
        return new Found(f.content(), f.type(), w < sp.end() ? new TextSpan(w, sp.end()) : null, f.cue(), f.lemma(), f.cueToken());
    }

    private static final Set<String> LEADING_NOT_SPEAKER = Set.of("though", "although", "while", "when", "whenever", "despite",
            "as", "if", "since", "because", "unless", "until", "whereas", "once", "but", "and", "yet", "even", "with");

    /** Whether only spaces stand between {@code from} and {@code to} ("added:", not "noted the attendance:"). */
    private static boolean onlySpaceBetween(String body, int from, int to) {
        for (int k = from; k < to; k++) if (!Tokens.isSpace(body.charAt(k))) return false;
        return true;
    }

    /** A paragraph without its trailing spaces. */
    private static TextSpan trimEnd(String body, TextSpan p) {
        int end = p.end();
        while (end > p.start() && Tokens.isSpace(body.charAt(end - 1))) end--;
        return new TextSpan(p.start(), end);
    }

    /** The last report with a speaker that a sentence added to {@code out} (from index {@code from}), or null. */
    private static Found lastReport(List<Found> out, int from) {
        for (int i = out.size() - 1; i >= from; i--) {
            Found f = out.get(i);
            if (f.type() != Quote.Type.DIRECT && f.speaker() != null && f.content().length() > 0) return f;
        }
        return null;
    }

    /**
     * An interview or broadcast transcript: paragraphs that open with the speaker's label and a colon ("TAPPER: Do you
     * think …", "Q: …", "Matthews: Well, …"). Each turn is that speaker's words, verbatim, to the paragraph's end. Read
     * only when at least two paragraphs open so, so that a dateline ("SEOUL:") or a headline's colon is not taken for one.
     */
    private static List<Found> transcriptTurns(String body, List<TextSpan> paragraphs, List<Tok> tokens) {
        List<Found> turns = new ArrayList<>();
        for (TextSpan p : paragraphs) {
            List<Tok> toks = slice(tokens, p);
            // ("\"WALLACE: But, Governor Pence, …": a transcript quoted whole opens each turn with a stray mark.)
            if (toks.size() > 2 && toks.get(0).isQuoteMark() && toks.get(1).isWord() && Casing.isAllUpper(toks.get(1).text())) {
                toks = toks.subList(1, toks.size());
            }
            int colon = SentenceForms.labelColon(toks);
            if (colon < 1 || colon + 4 >= toks.size() || !speakerLabel(toks.subList(0, colon))) continue;
            // "SEOUL:" opening the text is its dateline.
            if (p.start() == paragraphs.get(0).start() && colon == 1 && toks.get(0).text().length() > 1 && Casing.isAllUpper(toks.get(0).text())) {
                continue;
            }
            // "Hillary Clinton: 1,769.", "Iowa: Tim Albrecht, Brad Anderson, …": a tally or a list, not words said.
            if (Character.isDigit(toks.get(colon + 1).text().charAt(0))) continue;
            boolean lowerWord = false;
            for (int k = colon + 1; k < toks.size() && k <= colon + 6; k++) lowerWord |= toks.get(k).isWord() && !toks.get(k).capitalized();
            if (!lowerWord) continue;
            int from = toks.get(colon + 1).start();
            int to = trimEnd(body, p).end();
            turns.add(new Found(new TextSpan(from, to), Quote.Type.DIRECT, new TextSpan(toks.get(0).start(), toks.get(colon - 1).end()),
                    new TextSpan(toks.get(colon).start(), toks.get(colon).end()), "say", -1));
        }
        return turns.size() >= 2 ? turns : List.of();
    }

    private static final Set<String> NOT_SPEAKER_LABELS = Set.of("video", "videos", "photo", "photos", "audio", "watch", "read",
            "update", "updated", "correction", "note", "related", "more", "source", "sources", "transcript", "crosstalk",
            "laughter", "applause", "editor's", "editor\u2019s");

    /** "Q", "A", "JAKE TAPPER", "Matthews", "Luciana Lopez": a label of one to four words in capitals or capitalised. */
    private static boolean speakerLabel(List<Tok> label) {
        if (label.size() == 1 && (label.get(0).text().equals("Q") || label.get(0).text().equals("A"))) return true;
        // "VIDEO:", "UPDATE:", "READ MORE:": a page's furniture, not a turn.
        if (label.stream().anyMatch(t -> NOT_SPEAKER_LABELS.contains(t.lower()))) return false;
        boolean allCaps = true;
        for (Tok t : label) {
            // "Officials:", "Poll:": a common noun heads a headline's claim, not a transcript's turn.
            if (!t.isWord() || !t.capitalized() || Words.FUNCTION.contains(t.lower()) || Words.SPEAKER_NOUNS.contains(t.lower())) return false;
            if (!Casing.isAllUpper(t.text())) allCaps = false;
        }
        return allCaps ? label.stream().mapToInt(t -> t.text().length()).sum() >= 3 : label.size() <= 3;
    }

    /**
     * Readings inside a report someone is credited with that only repeat part of it. "''I have admiration for the
     * mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said.": the quoted words open the sentence with no
     * attribution of their own, and the sentence's report (mixed) holds them with its speaker; the unattributed copy
     * would only repeat them without one. So a speakerless judgement, and a belief or stance the reporter ascribes.
     */
    private static void dropReadingsInsideReports(List<Found> found) {
        // A quotation with no speaker inside a report that has one; and a judgement or expectation with no speaker
        // inside anything someone is credited with ("The Fed is expected to add reserves, economists said": the
        // expectation is the economists', already read).
        found.removeIf(f -> f.speaker() == null && found.stream().anyMatch(g -> g != f && g.speaker() != null
                && g.content().start() <= f.content().start() && g.content().end() >= f.content().end()
                && (f.type() == Quote.Type.DIRECT && g.type() != Quote.Type.DIRECT || f.lemma() != null && RAISING.contains(f.lemma()))));
        // A belief, wish or stance inside what someone is credited with saying is part of that report, not a second
        // attribution ("Clinton said she wanted to move forward", "Edwards said they could not support Clinton"): on
        // PolNeAR train four in five such nested readings matched no attribution.
        found.removeIf(f -> f.cue() != null && STANCE.contains(f.lemma()) && found.stream().anyMatch(g -> g != f
                && g.speaker() != null && g.content().start() <= f.cue().start() && f.cue().end() <= g.content().end()));
    }

    /** Cues of belief, wish, stance and perception: what a reported speaker may ascribe to someone else. */
    private static final Set<String> STANCE = Set.of("want", "wish", "prefer", "hope", "expect", "fear", "doubt", "think",
            "believe", "consider", "feel", "know", "understand", "view", "see", "find", "show", "decide", "agree",
            "support", "oppose", "endorse", "back", "favor", "favour");

    /** Cues of a judgement or an expectation about the subject ("seemed to", "appears", "is expected to"). */
    private static final Set<String> RAISING = Set.of("expect", "seem", "appear");

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
        private final List<QuoteMarks.Quoted> quotes;
        private final SentenceTokens text;
        private final SpeakerPhrases phrases;
        private final Clauses clauses;
        private final SentenceForms forms;
        private final List<Found> out;
        private final Found previousDirect;
        private final Set<Integer> usedCues = new HashSet<>();
        private final int contentFloor;
        private Found last;

        SentenceReader(String body, TextSpan sentence, List<Tok> toks, List<QuoteMarks.Quoted> all, List<Found> out,
                       Found previousDirect, String dateline) {
            this.text = new SentenceTokens(body, sentence, toks, all);
            this.phrases = new SpeakerPhrases(text);
            this.clauses = new Clauses(text, phrases);
            this.body = body;
            this.sentence = sentence;
            this.toks = toks;
            this.quotes = text.quotes;
            this.out = out;
            this.previousDirect = previousDirect;
            this.contentFloor = datelineEnd(dateline);
            this.forms = new SentenceForms(text, phrases, clauses, contentFloor);
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

        /** Whether every word from token {@code from} to the sentence's end lies inside a quotation. */
        private boolean onlyQuotedAfter(int from) {
            for (int k = from; k < toks.size(); k++) {
                if (toks.get(k).isWord() && !text.insideQuote(toks.get(k).start())) return false;
            }
            return true;
        }

        /** Returns the direct quote this sentence ended with, for split quotes in the next sentence. */
        Found read() {
            Found lastDirect = null;
            int floor = 0; // token index where the text after the previous quote starts
            for (QuoteMarks.Quoted q : quotes) {
                int openTok = text.tokenAt(q.open());
                int closeTok = q.close() < sentence.end() ? text.tokenAt(q.close()) : toks.size();
                if (openTok < 0) continue;
                int words = text.countWords(openTok + 1, closeTok);
                Found f = null;
                if (isTitle(openTok, closeTok, words)) {
                    // A programme's or a book's name in quotation marks (MSNBC's “Morning Joe”), not words said.
                    continue;
                }
                boolean prefixEmpty = text.onlyPunctuation(floor, openTok);
                Attribution pre = preAttribution(floor, openTok);
                // "he said “budget reforms” and unpaid taxes would pay for it": the quotation opens the reported
                // clause right after the cue; the report (mixed) is read with the other reported speech.
                if (pre != null && !prefixEmpty && text.tokenEndingAt(pre.cue().end()) == openTok - 1
                        && closeTok + 1 < toks.size() && clauseGoesOn(closeTok + 1)) {
                    floor = closeTok + 1;
                    continue;
                }
                if (prefixEmpty || pre != null) {
                    Attribution post = closeTok < toks.size() ? postAttribution(closeTok + 1) : null;
                    Attribution at = post != null ? post : pre;
                    if (at == null && prefixEmpty && floor > 0 && last != null && last.type() == Quote.Type.DIRECT) {
                        at = new Attribution(last.speaker(), last.cue(), last.lemma(), last.cueToken());
                    }
                    if (at == null && prefixEmpty && floor == 0 && previousDirect != null && words >= 2
                            && (previousDirect.type() == Quote.Type.DIRECT || onlyQuotedAfter(closeTok + 1))) {
                        at = new Attribution(previousDirect.speaker(), previousDirect.cue(), previousDirect.lemma(), -1);
                    }
                    if (at != null || (prefixEmpty && floor == 0 && words >= 4)) {
                        TextSpan inner = text.trim(q.inner());
                        if (inner.length() > 0) {
                            f = at == null ? new Found(inner, Quote.Type.DIRECT, null, null, null, -1)
                                    : new Found(inner, Quote.Type.DIRECT, at.speaker, at.cue, at.lemma, at.cueToken);
                            // "“If there had not been that intervention” by the United States and others, Clinton said at a
                            // town hall, “we would be …”": the first part, with only a phrase between it and the attribution,
                            // is the same speaker's.
                            if (post == null && at != null && at.speaker != null && last != null && last.speaker() == null
                                    && last.type() == Quote.Type.DIRECT && last.content().start() >= sentence.start()
                                    && onlyPhraseBetween(text.tokenEndingAt(last.content().end()) + 1, text.tokenAt(at.speaker.start()))) {
                                out.set(out.indexOf(last), new Found(last.content(), last.type(), at.speaker, at.cue, at.lemma, at.cueToken));
                            }
                            out.add(f);
                            if (at != null && at.cueToken >= 0) usedCues.add(at.cueToken);
                            last = f;
                            lastDirect = f;
                        }
                    }
                } else if (floor > 0 && last != null && last.type() != Quote.Type.INDIRECT && last.cueToken() >= 0
                        && last.cueToken() < floor && (last.type() == Quote.Type.DIRECT && asideStart(floor, openTok)
                        && toks.get(openTok - 1).is(",") || conjoined(floor, openTok) || aboutWhom(floor, openTok, last.lemma()))) {
                    // "“Every time you say that,” Tester said, referring to the excuse, “you give ammunition …”": the
                    // second part goes on after a participial aside, same speaker; so after ", but" or ", and still":
                    // "“You know, I love Larry,” he said, but “when it comes to energy issues, …”".
                    TextSpan inner = text.trim(q.inner());
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
                    if (post != null && post.cueToken >= 0 && !usedCues.contains(post.cueToken) && (endsSentence(post) || tailAfter(post))
                            && !text.hasCue(floor, openTok)) {
                        int from = floor;
                        while (from < openTok && (isClauseEnd(toks.get(from)) || toks.get(from).is("and") || toks.get(from).is("but"))) from++;
                        TextSpan content = text.trim(new TextSpan(toks.get(from).start(), toks.get(Math.min(closeTok, toks.size() - 1)).end()));
                        if (text.countWordsIn(content) >= 4) {
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
                    && endsSentence(new Attribution(last.speaker(), last.cue(), last.lemma(), text.tokenAt(last.cue().start())))) {
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
            // "Trump's reality TV show, “The Apprentice,” who …": a title in apposition to a work's noun, the comma inside.
            boolean apposed = openTok >= 2 && toks.get(openTok - 1).is(",") && WORKS.contains(toks.get(openTok - 2).lower());
            int last = apposed && toks.get(closeTok - 1).is(",") ? closeTok - 1 : closeTok;
            return text.titleWords(openTok + 1, last) && !toks.get(openTok - 1).is(":") && (apposed || !toks.get(openTok - 1).is(","));
        }

        /** Nouns for works whose title may follow in quotation marks between commas. */
        private static final Set<String> WORKS = Set.of("show", "series", "program", "programme", "film", "movie", "book",
                "album", "song", "column", "podcast", "documentary", "play", "novel", "memoir", "newsletter", "blog", "musical");

        /** The end of the name right after the cue ending at {@code cueEnd}, or -1 ("said Tuesday" names no one). */
        private int nameAfterCue(int cueEnd) {
            return text.skipTimes(cueEnd + 1) == cueEnd + 1 ? phrases.npForwardEnd(cueEnd + 1) : -1;
        }

        /** Tokens [from, to) can be an apposition: words and commas only, no quotation and no verb of saying. */
        private boolean apposition(int from, int to) {
            for (int k = from; k < to; k++) {
                Tok t = toks.get(k);
                Cues.Form cue = Cues.at(toks, k);
                if (t.isQuoteMark() || isClauseEnd(t) && !t.is(",") || cue != null && !cue.weak()) return false;
            }
            return to - from <= 16;
        }

        /** Tokens [from, to) are only a conjunction after the attribution: ", but", ", and still". */
        private boolean conjoined(int from, int to) {
            int k = from < to && toks.get(from).is(",") ? from + 1 : from;
            if (k >= to || !(toks.get(k).is("but") || toks.get(k).is("and"))) return false;
            k++;
            while (k < to && (Words.ADVERBS.contains(toks.get(k).lower()) || toks.get(k).is("still"))) k++;
            return k == to;
        }

        /**
         * Tokens [from, to) say of whom, where or to whom the words were said, between the two parts of a quotation:
         * "“I have no idea how they voted,” he said of people whose rights were restored, “But I do know …”", "“…,” he
         * told Chris Cuomo of CNN after the debate, “and I hope …”" (a listener, when the cue takes one).
         */
        private boolean aboutWhom(int from, int to, String lemma) {
            if (from >= to - 1 || to - from > 16 || !toks.get(to - 1).is(",")) return false;
            Tok first = toks.get(from);
            boolean listener = lemma != null && Words.OBJECT_CUES.contains(lemma) && (first.capitalized() || Words.DETERMINERS.contains(first.lower()));
            if (!(Words.PREPOSITIONS.contains(first.lower()) && !first.capitalized() || listener)) return false;
            for (int k = from + 1; k < to - 1; k++) {
                if (toks.get(k).isQuoteMark() || isClauseEnd(toks.get(k)) || Cues.at(toks, k) != null) return false;
            }
            return true;
        }

        /** A participial aside ("referring to the excuse,") opens tokens [from, to), after a comma if any. */
        private boolean asideStart(int from, int to) {
            int k = from < to && toks.get(from).is(",") ? from + 1 : from;
            return k < to && toks.get(k).isWord() && !toks.get(k).capitalized() && toks.get(k).lower().endsWith("ing");
        }

        /** Whether only punctuation follows the attribution's speaker (and cue) to the end of the sentence. */
        private boolean endsSentence(Attribution a) {
            int end = attributionEnd(a);
            return end >= 0 && text.onlyPunctuation(end + 1, toks.size());
        }

        /** The last token of an attribution: its cue's or its speaker's, whichever comes later. */
        private int attributionEnd(Attribution a) {
            return Math.max(a.cueToken + (a.cue == null ? 0 : text.tokenEndingAt(a.cue.end()) - a.cueToken),
                    a.speaker == null ? a.cueToken : text.tokenEndingAt(a.speaker.end()));
        }

        /**
         * "The North “will pay a price,” Austin warned, for any provocation.": after the attribution only a comma and a
         * short prepositional phrase (the rest of the speaker's words, or an occasion), no verb of saying, no quotation.
         */
        private boolean tailAfter(Attribution a) {
            int end = attributionEnd(a);
            if (end < 0 || end + 2 >= toks.size() || !toks.get(end + 1).is(",") || !Words.PREPOSITIONS.contains(toks.get(end + 2).lower())) {
                return false;
            }
            int words = 0;
            for (int k = end + 2; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (t.isQuoteMark() || Cues.at(toks, k) != null || t.is(",") || t.is(";")) return false;
                if (t.isWord() && ++words > 8) return false;
            }
            return true;
        }

        private int endOfAttribution(Found f) {
            int i = f.cueToken();
            int cueEnd = f.cue() == null ? i : Math.max(i, text.tokenEndingAt(f.cue().end()));
            int speakerEnd = f.speaker() == null ? -1 : text.tokenEndingAt(f.speaker().end());
            // "Kirby said Tuesday, “…”", "Schiff told Capital Download on Wednesday, “…”": the time and the
            // listener belong to the attribution, so a quotation after them continues the first.
            if (speakerEnd <= cueEnd && f.lemma() != null) return clauses.skipAfterCue(cueEnd + 1, f.lemma());
            return text.skipTimes(Math.max(cueEnd, speakerEnd) + 1);
        }

        // ---- direct quotes ------------------------------------------------------------------

        private record Attribution(TextSpan speaker, TextSpan cue, String lemma, int cueToken) { }

        /** {@code ," Kirby said}, {@code ," said Kirby}, {@code ," he added}, {@code " — Minister X}. */
        private Attribution postAttribution(int i) {
            while (i < toks.size() && (toks.get(i).is(",") || toks.get(i).isQuoteMark())) i++;
            if (i >= toks.size()) return null;
            if (isDash(toks.get(i))) {
                TextSpan np = phrases.npAfter(i + 1);
                // The dash is what attributes the words, as a colon does in a headline; the name ends the sentence, or the
                // next quotation of a run opens right after it ("“…” ― Veronica Cruz “…” ― Adriana Rodarte").
                int npEnd = np == null ? -1 : text.tokenEndingAt(np.end());
                if (np != null && npEnd == toks.size() - 1 - text.trailingPunct()) return new Attribution(np, text.span(i, i), "say", -1);
                if (np != null && npEnd + 1 < toks.size() && toks.get(npEnd + 1).isQuoteMark()
                        && text.quoteOpeningAt(toks.get(npEnd + 1).start()) != null) {
                    return new Attribution(np, text.span(i, i), "say", i);
                }
                return null;
            }
            Cues.Form cue = Cues.at(toks, i);
            // ," State Department spokesperson Ned Price said: a capitalised weak cue word opens a name.
            if (cue != null && cue.weak() && toks.get(i).capitalized() && i + 1 < toks.size() && toks.get(i + 1).capitalized()) cue = null;
            if (cue != null && !cue.fixed()) {
                int npStart = i + cue.words().length;
                int npEnd = phrases.npForwardEnd(npStart);
                if (npEnd >= 0) {
                    return new Attribution(text.span(npStart, phrases.appositionAfter(npEnd)), text.span(i, i + cue.words().length - 1), cue.lemma(), i);
                }
            }
            int npEnd = phrases.npForwardEnd(i);
            // ," it added: after a quotation, "it" followed by a cue is the outlet or the document that said it.
            if (npEnd < 0 && toks.get(i).is("it") && text.skipBetween(i + 1) < toks.size() && Cues.at(toks, text.skipBetween(i + 1)) != null) {
                npEnd = i;
            }
            if (npEnd < 0) return null;
            if (npEnd + 1 < toks.size() && toks.get(npEnd + 1).is(",")) {
                // ," Mr. Regalado, the Republican mayor of Miami, said; ," Mitch McConnell, R-Ky., said
                for (int k = npEnd + 2; k < toks.size() && k < npEnd + 40; k++) {
                    if (toks.get(k).isQuoteMark() || toks.get(k).is(".") && !(k + 1 < toks.size() && toks.get(k + 1).is(","))) break;
                    if (toks.get(k).is(",") && k + 1 < toks.size()) {
                        int j = text.skipBetween(k + 1);
                        Cues.Form c = j < toks.size() ? Cues.at(toks, j) : null;
                        if (c != null && !c.fixed() && !c.participle()) {
                            return new Attribution(text.span(i, k), text.span(j, j + c.words().length - 1), c.lemma(), j);
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
            int j = text.skipBetween(afterNp);
            if (j < toks.size()) {
                Cues.Form c = Cues.at(toks, j);
                if (c != null && !c.fixed()) {
                    return new Attribution(text.span(i, phrases.withParenthesis(npEnd)), text.span(j, j + c.words().length - 1), c.lemma(), j);
                }
            }
            return null;
        }

        /** Whether the words after the quotation opening at token {@code openTok} go on with its clause ("“all parties” to …"). */
        private boolean clauseGoesOnAfter(int openTok) {
            QuoteMarks.Quoted q = text.quoteOpeningAt(toks.get(openTok).start());
            if (q == null || q.close() >= sentence.end()) return false;
            int close = text.tokenAt(q.close());
            return close >= 0 && close + 1 < toks.size() && clauseGoesOn(close + 1);
        }

        /**
         * Whether token {@code k}, right after a closing quotation mark, carries the clause on: a conjunction or verb
         * ("“budget reforms” and unpaid taxes would …"), or any word in lower case that is not a preposition, a
         * subordinator or a cue ("that “top secret” information was found", "“real Christians” don’t support …").
         */
        private boolean clauseGoesOn(int k) {
            Tok t = toks.get(k);
            if (CLAUSE_GOES_ON.contains(t.lower())) return true;
            // "called it ''the prior model,'' the club …": punctuation inside the closing mark ended the clause.
            if (k >= 2 && toks.get(k - 1).isQuoteMark() && !toks.get(k - 2).isWord()) return false;
            return t.isWord() && !t.capitalized() && !Words.PREPOSITIONS.contains(t.lower()) && !Words.SUBORDINATORS.contains(t.lower())
                    && Cues.at(toks, k) == null;
        }

        /** {@code Kirby said: "...}, {@code He added, "...}, {@code From the minister: "...}. */
        private Attribution preAttribution(int floor, int openTok) {
            int j = openTok - 1;
            if (j < floor) return null;
            boolean colon = toks.get(j).is(":");
            if (colon || toks.get(j).is(",")) j--;
            if (j < floor) return null;
            // "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…”": a cue opening the sentence, then the
            // speaker with an apposition, however long, up to the comma before the quotation.
            if (!colon && toks.get(openTok - 1).is(",")) {
                int start = floor + (floor + 2 <= j && toks.get(floor + 1).is(",") ? 2 : 0); // "But, said …"
                Cues.Form c = Cues.at(toks, start);
                if (c != null && !c.participle() && !c.fixed() && (start == 0 || isClauseEnd(toks.get(start - 1)))) {
                    int cueEnd = start + c.words().length - 1;
                    int npEnd = nameAfterCue(cueEnd);
                    if (npEnd > cueEnd && npEnd + 2 < j && toks.get(npEnd + 1).is(",") && apposition(npEnd + 2, j + 1)) {
                        // the apposition's closing comma belongs to the speaker phrase, as in "X, the minority leader, said"
                        return new Attribution(text.span(cueEnd + 1, j + 1), text.span(start, cueEnd), c.lemma(), start);
                    }
                }
            }
            // find a cue ending at j (allowing a short tail: "said in a statement:")
            for (int start = j; start >= Math.max(floor, j - 12); start--) {
                Cues.Form c = Cues.at(toks, start);
                if (c == null) continue;
                // "accused the United States of “reckless” moves": a capitalised cue word after a name's word is the
                // name's ("United States", "Washington Post"), not a verb.
                if (toks.get(start).capitalized() && start > 0 && toks.get(start - 1).capitalized() && toks.get(start - 1).isWord()
                        && !text.titleCase()) continue;
                int cueEnd = start + c.words().length - 1;
                if (cueEnd > j) continue;
                // "Trump told the Washington Post in a statement, “…”": a fixed phrase after a verb of saying is that verb's
                // tail, not a cue of its own with the listener as its speaker.
                if (c.fixed() && j + 1 < openTok && verbCueBefore(start, floor)) continue;
                // Further back than eight tokens only over phrases of occasion ("announced on her Facebook page, in all
                // capital letters, “…”").
                if (start < j - 8 && !(j + 1 < openTok && cueEnd + 2 <= j && (occasionTail(cueEnd + 1, j + 1)
                        || toks.get(cueEnd + 1).is(",") && occasionTail(cueEnd + 2, j + 1)))) {
                    continue;
                }
                // "in a written statement": after an article the cue word describes a noun.
                if (!c.fixed() && start > floor && afterArticle(start)) continue;
                // "But, said Solovey, “…”", "Said Comey, “…”": the speaker after the cue, right before the comma.
                if ((toks.get(openTok - 1).is(",") || colon) && toks.get(j).isWord() && cueEnd < j
                        && (start == floor || start > floor && toks.get(start - 1).is(","))
                        && !c.participle() && nameAfterCue(cueEnd) == j) {
                    return new Attribution(text.span(cueEnd + 1, j), text.span(start, cueEnd), c.lemma(), start);
                }
                // "said of Clinton, “…”", "said in a statement, “…”": a short tail after the cue needs a colon
                // or must open with a preposition; "told CBS, “…”", "told his radio audience on Monday, “…”": a
                // cue that takes a listener may have it there, and a time.
                // "accused Washington of “hypocrisy.”": a judged object with its reason is a report (mixed), read there;
                // so is "urged “all parties” to exercise restraint", where the clause goes on after the quoted words.
                if (Words.JUDGING_CUES.contains(c.lemma()) && cueEnd < j && !colon) return null;
                if (cueEnd == j && !colon && clauseGoesOnAfter(openTok)) return null;
                boolean tail = cueEnd == j || colon || TAIL_PREPOSITIONS.contains(toks.get(cueEnd + 1).lower())
                        // "He said, in a statement, “…”": the phrase of occasion as an aside between commas.
                        || toks.get(cueEnd + 1).is(",") && j + 1 < openTok && occasionTail(cueEnd + 2, j + 1);
                boolean timed = false;
                if (!tail && Words.OBJECT_CUES.contains(c.lemma())) {
                    int p = clauses.skipAfterCue(cueEnd + 1, c.lemma());
                    tail = p == j + 1 || p <= j && TAIL_PREPOSITIONS.contains(toks.get(p).lower()) && j - p < 4;
                } else if (!tail) {
                    // "As Michael Dell said last week in Tel Aviv, “…”": a time, then a short tail.
                    int p = text.skipTimes(cueEnd + 1);
                    timed = p > cueEnd + 1 && (p == j + 1 || p <= j && TAIL_PREPOSITIONS.contains(toks.get(p).lower()) && j - p < 4);
                    tail = timed;
                }
                // "Austin, asked about the drills, said they were “…”": the finite verb nearest the quotation reports it
                // (a mixed report); a cue further back cannot introduce it over that verb.
                if (!tail && !c.participle() && !c.weak()) break;
                // ("said in a statement on Tuesday, “…”", "told reporters in Nashua last week, “…”": a longer tail of
                // phrases of place, time and occasion.)
                if (!tail || start < j - 4 && !Words.OBJECT_CUES.contains(c.lemma()) && !timed
                        && !(j + 1 < openTok && occasionTail(cueEnd + 1, j + 1))) continue;
                // "warned on Monday that the country faced “a difficult winter”": the quotation ends a reported clause
                // (a mixed report, read with the other reported speech), not a tail after the cue.
                if (text.findThat(cueEnd + 1) >= 0 && text.findThat(cueEnd + 1) < j) continue;
                TextSpan np = phrases.npBefore(start, floor);
                // "Trump attacked Clinton for her record, saying, “…”": a participle after a comma speaks for the
                // sentence's subject.
                // So does one after ", before" or ", while" ("Trump said, before adding: “…”").
                // ("… incurred a wave of boos upon saying, “…”": the preposition of manner needs no comma before it.)
                if (np == null && c.participle() && start > floor && (toks.get(start - 1).is(",")
                        || MANNER_PREPOSITIONS.contains(toks.get(start - 1).lower()))) {
                    np = phrases.sentenceSubject(start);
                }
                if (np == null && c.participle()) continue;
                // "De Blasio said the move was made by Bratton and said, “…”": a second verb speaks for the sentence's subject.
                if (np == null && start > floor && (toks.get(start - 1).is("and") || toks.get(start - 1).is("but"))) {
                    np = phrases.coordinatedSubject(start);
                }
                // "Another source familiar with Cruz's thinking said, “…”": a speaker noun with its modifier.
                if (np == null && !c.participle()) {
                    TextSpan modified = phrases.modifiedSubjectBefore(start);
                    if (modified != null && text.tokenAt(modified.start()) >= floor) np = modified;
                }
                // Before quotation marks a described speaker is plain enough: "The New York businessman says, “…”".
                if (np == null) np = phrases.describedSpeakerBefore(start, floor);
                if (np == null) continue;
                return new Attribution(np, text.span(start, cueEnd), c.lemma(), start);
            }
            if (colon && j - floor <= 8) {
                int s = floor;
                if (toks.get(s).is("from")) s++;
                int npEnd = phrases.npForwardEnd(s);
                if (npEnd == j) return new Attribution(text.span(s, npEnd), text.span(j + 1, j + 1), "say", -1);
            }
            return null;
        }

        // ---- reported speech ----------------------------------------------------------------

        private void readReportedSpeech() {
            Found headline = forms.colonHeadline(out.isEmpty());
            if (headline != null) {
                out.add(headline);
                last = headline;
                return;
            }
            Found question = forms.askedQuestion();
            if (question != null) take(question, question.cueToken());
            for (int i = 0; i < toks.size(); i++) {
                if (usedCues.contains(i) || text.insideQuote(toks.get(i).start())) continue;
                // A poll's "in" or an owner's nominal cue ("Trump's claim that …"): attributions read from the word itself.
                Found phrase = toks.get(i).is("in") ? forms.pollFinding(i) : nominal(i);
                if (phrase != null) {
                    take(phrase, i);
                    continue;
                }
                Cues.Form cue = Cues.at(toks, i);
                // After a determiner a word outside the lexicon is a noun or an adjective ("Several cast members").
                // Nor is an adverb of time or sequence ("Trump later tweeted"): the verb after it is the cue.
                if (cue == null && MODEL_CUES && CueModel.candidate(toks.get(i)) && mayFollowSpeaker(i)
                        && !Words.DETERMINERS.contains(toks.get(i - 1).lower())
                        && !(Words.ADVERBS.contains(toks.get(i).lower()) && !adverb(toks.get(i)))
                        && CueModel.standard().score(toks, i) > MODEL_THRESHOLD) {
                    // Not in the lexicon, but the trained detector says an attribution starts here.
                    String w = toks.get(i).lower();
                    cue = new Cues.Form(new String[] {w}, w, w.endsWith("ing"), false, false);
                    // "repeatedly accused", "completely glosses over": the adverb opens the cue, the verb after it ends it.
                    // ("repeatedly said" too: "said" is no candidate of the detector, being everywhere, but a verb all the same.)
                    if (adverb(toks.get(i)) && i + 1 < toks.size() && (CueModel.candidate(toks.get(i + 1)) || Cues.at(toks, i + 1) != null)) {
                        Cues.Form verb = Cues.at(toks, i + 1);
                        String v = toks.get(i + 1).lower();
                        String[] words = concat(new String[] {w}, verb == null ? new String[] {v} : verb.words());
                        cue = new Cues.Form(words, verb == null ? v : verb.lemma(), verb == null ? v.endsWith("ing") : verb.participle(), false,
                                verb != null && verb.weak());
                    }
                }
                if (cue == null) continue;
                // "did not show up in person": a phrasal verb of coming, not of showing.
                if (cue.lemma().equals("show") && i + 1 < toks.size() && toks.get(i + 1).is("up")) continue;
                // "Kim reiterated his call for stronger deterrence": after a possessive the cue word is a noun ("Kim
                // reiterated his" is no speaker). Reading the owner as the speaker, as PolNeAR does, raised overlap
                // recall but cost exact source and content (measured), so the noun is left to the verb's report.
                if (i > 0 && Words.POSSESSIVES.contains(toks.get(i - 1).lower())) continue;
                // "a founder of the think tank Third Way": after an article the cue word is a noun too.
                if (afterArticle(i)) continue;
                // "Moon expressed hope that …", "voiced hope": right after a verb of saying the cue word is its object.
                if (i > 0 && !cue.participle() && objectOfCue(i - 1)) continue;
                // "went on to say that …": the cue runs through the verb of saying, which says what follows.
                if (cue.lemma().equals("go on") && i + cue.words().length + 1 < toks.size() && toks.get(i + cue.words().length).is("to")) {
                    int v = i + cue.words().length + 1;
                    Cues.Form inner = Cues.at(toks, v);
                    // "Solovey, who went on to work alongside Trump, …": a life's next step, not words. (Skipping every
                    // "went on to" a verb outside the lexicon lost attributions such as "went on to blast the judge".)
                    if (inner == null && i > 0 && toks.get(i - 1).is("who")) continue;
                    if (inner != null && !inner.fixed()) {
                        String[] words = concat(cue.words(), concat(new String[] {"to"}, inner.words()));
                        cue = new Cues.Form(words, inner.lemma(), cue.participle(), false, inner.weak());
                    }
                }
                int after = i + cue.words().length;
                // "Frequently Asked Questions": a heading, not someone asking.
                if (after < toks.size() && toks.get(after).lower().startsWith("question") && cue.lemma().equals("ask")) continue;
                Found f;
                if (cue.lemma().equals("according to")) {
                    f = accordingTo(i, after);
                } else if (cue.lemma().equals("as saying") || cue.lemma().equals("quoted as saying")) {
                    f = quotedAsSaying(i, after, cue);
                } else if (quotesOrCites(cue) && !cue.participle() && asSayingAhead(after)) {
                    continue; // "KCNA quoted Kim as saying …": the words are Kim's, read at "as saying"
                } else if (cue.fixed()) {
                    continue;
                } else if (cue.participle() && i > 0 && (commaBefore(i) || isDash(toks.get(i - 1))) && Words.CONTINUING.contains(cue.lemma())) {
                    f = continuing(i, after, cue);
                } else if (cue.participle() && i > 1 && MANNER_PREPOSITIONS.contains(toks.get(i - 1).lower())
                        && Words.CONTINUING.contains(cue.lemma())) {
                    // "Obama responded … by saying his refusal …", "Trump spoke for an hour before insisting …": the
                    // participle speaks for the clause's subject.
                    f = continuing(i, after, cue);
                } else if (i > 0 && toks.get(i).capitalized() && !toks.get(i - 1).isQuoteMark() && !text.titleCase()) {
                    continue; // a capitalised cue word mid-sentence is a name ("Price", "Post"), except in a headline
                } else {
                    f = raised(i, after, cue);
                    if (f == null) f = reported(i, after, cue);
                }
                if (f != null) {
                    take(f, i);
                    i = after - 1;
                }
            }
        }

        /**
         * "KCNA quoted Kim as saying …", "Yonhap cited an official as saying …", "Kim was quoted as saying …": the
         * one quoted said the words; the outlet that quotes them is only where they were read.
         */
        private Found quotedAsSaying(int i, int after, Cues.Form cue) {
            TextSpan speaker;
            if (cue.lemma().equals("quoted as saying")) {
                int j = i;
                while (j > 0 && (Words.AUXILIARIES.contains(toks.get(j - 1).lower()) || Words.ADVERBS.contains(toks.get(j - 1).lower()))) j--;
                if (j == i) return null;   // "… he quoted as saying": not the passive
                speaker = phrases.npBefore(j, 0);
            } else {
                speaker = phrases.npBefore(i, 0);
                int s = speaker == null ? -1 : text.tokenAt(speaker.start());
                Cues.Form verb = s > 0 ? Cues.at(toks, s - 1) : null;
                if (verb == null || !quotesOrCites(verb)) return null;
            }
            if (speaker == null) return null;
            int p = after;
            if (p < toks.size() && toks.get(p).is(",")) p++;
            if (p < toks.size() && toks.get(p).is("that")) p++;
            if (p >= toks.size() || isClauseEnd(toks.get(p))) return null;
            return complement(p, speaker, text.span(i, after - 1), "say", i);
        }

        private static boolean quotesOrCites(Cues.Form cue) {
            return cue.lemma().equals("quote") || cue.lemma().equals("cite");
        }

        /** Whether token {@code k} is a finite verb of saying in the past ("expressed", "voiced") that takes an object. */
        private boolean objectOfCue(int k) {
            Tok t = toks.get(k);
            if (!t.isWord() || t.capitalized() || !t.lower().endsWith("ed")) return false;
            Cues.Form before = Cues.at(toks, k);
            return before != null && !before.fixed() && !before.participle() && before.words().length == 1;
        }

        /** "quoted Kim as saying", "cited a government official as saying": "as saying" within a short noun phrase. */
        private boolean asSayingAhead(int from) {
            for (int k = from; k + 1 < toks.size() && k - from <= 8; k++) {
                if (isClauseEnd(toks.get(k)) && !toks.get(k).is(",")) return false;
                if (toks.get(k).is("as") && (toks.get(k + 1).is("saying") || toks.get(k + 1).is("telling"))) return true;
            }
            return false;
        }

        /** The words of a cue made of two: "repeatedly" + "accused", "went on" + "to say". */
        private static String[] concat(String[] first, String[] rest) {
            String[] out = java.util.Arrays.copyOf(first, first.length + rest.length);
            System.arraycopy(rest, 0, out, first.length, rest.length);
            return out;
        }

        /**
         * Whether a comma ends what comes before token {@code k}: right before it, or inside the closing mark of a
         * quotation right before it ("… to “cool off,” Kunin said", "a defense of “New York values,” saying …").
         */
        private boolean commaBefore(int k) {
            if (k < 1) return false;
            if (toks.get(k - 1).is(",")) return true;
            return k >= 2 && toks.get(k - 1).isQuoteMark() && toks.get(k - 2).is(",") && text.insideQuote(toks.get(k - 2).start());
        }

        /**
         * A word of a described source ("a study by the Council of the Great City Schools"): a name's, a determiner,
         * a preposition, or a plain word that is no verb of saying, pronoun, auxiliary or relative.
         */
        private boolean describingWord(Tok t, int k) {
            if (!t.isWord()) return false;
            String l = t.lower();
            if (t.capitalized() || Words.DETERMINERS.contains(l) || Words.PREPOSITIONS.contains(l) && !l.equals("while") && !l.equals("when")) {
                return true;
            }
            return !Words.FUNCTION.contains(l) && !Words.AUXILIARIES.contains(l) && !Words.PRONOUNS.contains(l) && Cues.at(toks, k) == null;
        }

        /** Whether a cue token already read lies from character {@code from} up to token {@code beforeTok}. */
        private boolean cueUsedBetween(int from, int beforeTok) {
            for (int c : usedCues) if (c < beforeTok && toks.get(c).start() >= from) return true;
            return false;
        }

        private static boolean adverb(Tok t) {
            return t.lower().length() > 5 && Words.lyAdverb(t.lower());
        }

        /** Keeps a reading of reported speech whose cue is token {@code cueTok}, so no other reading takes that cue. */
        private void take(Found f, int cueTok) {
            out.add(f);
            usedCues.add(cueTok);
            last = f;
        }

        /**
         * "…, as the minister said." — what comes before the comma; "As Mr. Bown observed, in the early days …" —
         * the clause after the attribution's comma (at {@code p}). Null when neither reads.
         */
        private Found asAttribution(int as, int p, TextSpan speaker, TextSpan cueSpan, String lemma, int cueTok) {
            TextSpan content = null;
            if (commaBefore(as)) {
                Tok before = toks.get(as - 1);
                content = text.trim(new TextSpan(Math.max(contentFloor, clauses.clauseStart(as - 1)), before.isQuoteMark() ? before.end() : before.start()));
            }
            // "But as Liz Kreutz points out in a column on Yahoo News, doing …": the occasion runs to the comma.
            if (p < toks.size() && Words.PREPOSITIONS.contains(toks.get(p).lower())) {
                int c = text.commaEndingPhrase(p, 13);
                if (c >= 0) p = c;
            }
            // "As Mr. Bown observed, …", "Yet, as Mr. Bown observed, …": nothing of substance before, the words after.
            if ((content == null || text.countWordsIn(content) < 3) && text.countWords(0, as) <= 1 && p + 1 < toks.size() && toks.get(p).is(",")) {
                content = text.trimContent(new TextSpan(toks.get(p + 1).start(), clauses.clauseEnd(p + 1)));
            }
            if (content == null || text.countWordsIn(content) < 3 || coveredByDirect(content)) return null;
            return new Found(content, text.typeOf(content), speaker, cueSpan, lemma, cueTok);
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
                speaker = text.span(i - 1, i - 1);
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
            TextSpan cueSpan = text.span(i, i);
            return complement(i + 2, speaker, cueSpan, noun.is("claims") ? "claim" : noun.lower(), i);
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
            TextSpan cueSpan = text.span(i, after - 1);
            TextSpan speaker = phrases.npBefore(i, 0);
            // "Republicans who have endorsed Trump said …": the subject with its relative clause, not the clause's object;
            // what the relative clause's own verb reports ends where the sentence's verb begins.
            TextSpan relative = !cue.participle() && Cues.at(toks, i) != null ? phrases.relativeSubjectBefore(i) : null;
            if (relative != null) {
                speaker = relative;
                int end = relative.end();
                out.replaceAll(f -> f.cue() != null && f.cue().start() >= relative.start() && f.cue().end() <= end
                        && f.content().start() < end && f.content().end() > end ? trimmedTo(f, end) : f);
            }
            // "The tax commissioner said that ...", "The network said it would ...": a described speaker.
            if (!cue.participle()) {
                // "advisers to the president say": the president is the modifier's noun, not the speaker.
                TextSpan modified = phrases.modifiedSubjectBefore(i);
                if (modified != null && (speaker == null || speaker.start() > modified.start() && speaker.end() <= modified.end())) {
                    speaker = modified;
                }
            }
            if (speaker == null && !cue.participle()) speaker = phrases.describedSpeakerBefore(i, 0);
            if (speaker != null && cue.participle()) speaker = phrases.issuerOf(speaker);
            // "After saying her foot was swollen, she was whisked …", "In defending himself, Trump offered …": the
            // participle's speaker is the subject of the clause after the opening phrase.
            if (speaker == null && cue.participle() && i == 1
                    && (SpeakerPhrases.NOT_NAMES.contains(toks.get(0).lower()) || Words.PREPOSITIONS.contains(toks.get(0).lower()))) {
                int comma = after;
                while (comma < toks.size() && !(toks.get(comma).is(",") && !text.insideQuote(toks.get(comma).start()))) comma++;
                if (comma + 1 < toks.size() && !text.insideQuote(toks.get(comma + 1).start()) && !toks.get(comma + 1).isQuoteMark()) {
                    TextSpan subject = phrases.npAfter(comma + 1);
                    if (subject != null) {
                        int end = clauses.clauseEnd(after);
                        TextSpan content = text.trimContent(new TextSpan(toks.get(after).start(), Math.min(end, toks.get(comma).start())));
                        if (text.countWordsIn(content) >= 2) return new Found(content, text.typeOf(content), subject, cueSpan, cue.lemma(), i);
                    }
                }
            }
            if (speaker == null) {
                Found inverted = inverted(i, after, cue, cueSpan);
                if (inverted != null) return inverted;
                speaker = phrases.coordinatedSubject(i);
                // The last resort, for "say" and "tell" only (other cue words are nouns too often: "the Paris attacks").
                if (speaker == null && !cue.participle() && (cue.lemma().equals("say") || cue.lemma().equals("tell"))) {
                    speaker = phrases.openingSubject(i);
                    if (speaker != null) return fromOpening(i, after, cue, cueSpan, speaker);
                }
                if (speaker == null) return null;
                // "… is a dose of law and order.": a verb joined by "and" says what follows it, or nothing.
                if (after >= toks.size() || toks.get(after).is(".") || toks.get(after).is(";") || toks.get(after).is("?")
                        || toks.get(after).is("!")) {
                    return null;
                }
            }
            int speakerStartTok = text.tokenAt(speaker.start());
            if (nounAfterSingular(speakerStartTok, speaker, i, after, cue)) return null;
            int p = clauses.skipAfterCue(after, cue.lemma());
            // "Clinton praised the deal.", "criticized the deal as a mistake": a judged object that runs to the end of the
            // clause is what was said, not a listener before it.
            // So is one before the speaker's next act of saying ("praised the plan and said that …").
            if (Words.JUDGING_CUES.contains(cue.lemma()) && (p >= toks.size() || isClauseEnd(toks.get(p)) || nextActOfSaying(p)) && text.skipTimes(after) < p) {
                p = text.skipTimes(after);
            }
            boolean postPosed = p >= toks.size() || isClauseEnd(toks.get(p)) && !toks.get(p).is(":");
            // "..., Hollande said Tuesday in Paris." — a post-posed attribution with a place or occasion.
            // Not "…, Patriot agreed to lend him $5 million": "to" before a verb opens what was agreed or said.
            // ("Clinton, without naming him, accused Sanders of …": after a judged object the preposition says why.)
            if (!postPosed && Words.PREPOSITIONS.contains(toks.get(p).lower()) && text.findThat(p) < 0 && !text.infinitive(p)
                    && !(Words.JUDGING_CUES.contains(cue.lemma()) && text.skipTimes(after) < p)
                    && !(Words.prepositionalComplement(cue.lemma(), toks.get(p).lower()) && text.skipTimes(after) == p)
                    && (commaBefore(speakerStartTok)
                        // "…,” as Cruz said on Glenn Beck's radio program on Monday, …": not after an object ("as
                        // Sanders has criticized Clinton for …" gives a reason).
                        || speakerStartTok > 0 && toks.get(speakerStartTok - 1).is("as") && text.skipTimes(after) == p)) {
                postPosed = true;
            }
            // "In an interview with Fox News, Trump responded to …": the opening phrase is no content of a post-posed
            // attribution; what follows the cue is read instead.
            if (postPosed && p < toks.size() && Words.PREPOSITIONS.contains(toks.get(p).lower()) && commaBefore(speakerStartTok)
                    && openingAdverbial(new TextSpan(Math.max(contentFloor, clauses.clauseStart(speakerStartTok - 1)),
                            toks.get(speakerStartTok - 1).start()), speakerStartTok - 1)) {
                postPosed = false;
            }
            // Weak cues ("continue", "maintain", "refer to") report speech only before "that", a
            // quotation or a colon, or after what was said.
            // ("stated in a release Tuesday that …": the "that" may come after a phrase of occasion, when the cue is a
            // verb in the past; "a Twitter post by the journalist that read", "new details that were …" are nouns.)
            if (cue.weak() && !postPosed && !(toks.get(p).is("that") || toks.get(p).isQuoteMark() || toks.get(p).is(":")
                    || Words.PREPOSITIONS.contains(toks.get(p).lower()) && text.findThat(p) >= 0 && toks.get(i).lower().endsWith("ed"))) {
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
                    } else if (!Words.PRONOUNS.contains(toks.get(speakerStartTok).lower())) {
                        // "…, a study by the Council of the Great City Schools found.": a described source with its
                        // prepositional phrase, from the determiner after the comma.
                        int c = speakerStartTok - 1;
                        while (c > 0 && speakerStartTok - c <= 10 && describingWord(toks.get(c), c)) c--;
                        if (c > 0 && c < speakerStartTok - 1 && toks.get(c).is(",") && Words.ARTICLES.contains(toks.get(c + 1).lower())
                                && !Words.PRONOUNS.contains(toks.get(c + 1).lower())) {
                            speakerStartTok = c + 1;
                            speaker = new TextSpan(toks.get(speakerStartTok).start(), speaker.end());
                        }
                    }
                }
                if (!commaBefore(speakerStartTok)) return asideThenClause(p, speaker, cueSpan, cue, i);
                int start = Math.max(contentFloor, clauses.clauseStart(speakerStartTok - 1));
                // ("… take time to “cool off,” Kunin said": the comma inside the closing mark; the mark is the content's.)
                Tok before = toks.get(speakerStartTok - 1);
                int end = before.isQuoteMark() ? before.end() : before.start();
                // When the words before the quotation are already someone's reported speech ("He added that, …, “…,”
                // officials said"), the quotation is read on its own, as the quotation's reading does.
                if (before.isQuoteMark() && cueUsedBetween(start, speakerStartTok)) return null;
                // "The thing he most needs, aides said, is ...": the attribution sits inside the content.
                // ("The outreach, they said, raised new worries …": a weak cue there is the clause's own verb.)
                // ("These employees, Stumpf explained earlier in the committee hearing, were …": past a phrase of occasion.)
                int resume = p;
                if (resume < toks.size() && Words.PREPOSITIONS.contains(toks.get(resume).lower())) {
                    int c = resume + 1;
                    while (c < toks.size() && c - resume <= 8 && toks.get(c).isWord()) c++;
                    if (c < toks.size() && toks.get(c).is(",")) resume = c;
                }
                Cues.Form next = resume + 1 < toks.size() ? Cues.at(toks, resume + 1) : null;
                if (resume < toks.size() && toks.get(resume).is(",") && resume + 1 < toks.size() && toks.get(resume + 1).isWord()
                        && (next == null || next.weak() || STANCE.contains(next.lemma())) && clauses.clauseEnd(resume + 1) == sentence.end()) {
                    end = sentence.end();
                    TextSpan whole = text.trimContent(new TextSpan(start, end));
                    if (text.countWordsIn(whole) < 4) return null;
                    return new Found(whole, text.typeOf(whole), speaker, cueSpan, cue.lemma(), i);
                }
                TextSpan content = text.trim(new TextSpan(start, Math.max(start, end)));
                if (text.countWordsIn(content) < 3 || coveredByDirect(content) || openingAdverbial(content, speakerStartTok - 1)) return null;
                return new Found(content, text.typeOf(content), speaker, cueSpan, cue.lemma(), i);
            }
            if (p >= toks.size()) return null;
            if (toks.get(p).is("that")) p++;
            else if (text.infinitive(p)) {
                // an infinitive: "vowed to put the country first", "declined to comment"; after an object, the object is
                // who is to act and belongs to what was said: "urged North Korea to resume talks".
                int object = text.skipTimes(after);
                if (Words.OBJECT_CUES.contains(cue.lemma()) && object < p && toks.get(object).isWord()) {
                    p = object;
                }
            } else if (Words.PREPOSITIONS.contains(toks.get(p).lower())) {
                int that = text.findThat(p);
                int object = text.skipTimes(after);
                if (that >= 0) {
                    p = that + 1;
                } else if (Words.JUDGING_CUES.contains(cue.lemma()) && object < p && toks.get(object).isWord()) {
                    // "accused Trump of using divisive rhetoric", "blamed Bush for the bust": the judgement is
                    // the object with what it is judged for.
                    p = object;
                } else if (cue.lemma().equals("ask") && toks.get(p).is("about") && object < p) {
                    // "Holt asks him about his tax returns": what was asked about, after the one asked.
                } else if (Words.prepositionalComplement(cue.lemma(), toks.get(p).lower()) && object == p && p + 1 < toks.size()
                        && toks.get(p + 1).isWord() && !Words.PREPOSITIONS.contains(toks.get(p + 1).lower())) {
                    // "speculated about the cost of her wardrobe", "responded with chants of …", "warned of a crisis":
                    // the verb's own preposition belongs to the cue (as PolNeAR writes it); its object is what was said.
                    // (Not "the change the party warned about in its report": the preposition's object came before.)
                    cueSpan = text.span(i, p);
                    p++;
                } else {
                    // "said after the convention he would not …": a short phrase of occasion, then the clause.
                    p = pronounAfterPhrase(p);
                    if (p < 0) return null;
                }
            } else if (Words.JUDGING_CUES.contains(cue.lemma()) && text.skipTimes(after) < p) {
                // "criticized the trade deal negotiated by the administration": the judged object is what was said,
                // wherever the object skip stopped.
                p = text.skipTimes(after);
            }
            if (p >= toks.size()) return null;
            Found f = complement(p, speaker, cueSpan, cue.lemma(), i);
            return f == null ? null : withinRelativeClause(f, speakerStartTok);
        }

        private static final Set<String> AMOUNTS_SAID = Set.of("little", "nothing", "much", "more", "less", "everything", "something",
                "anything", "so", "lots");

        /** What a cue says after a subject read by {@link SpeakerPhrases#openingSubject}: its clause, after "that" or a colon. */
        private Found fromOpening(int i, int after, Cues.Form cue, TextSpan cueSpan, TextSpan speaker) {
            int p = clauses.skipAfterCue(after, cue.lemma());
            if (p >= toks.size() || isClauseEnd(toks.get(p)) && !toks.get(p).is(":")) return null;
            // "The rise in prices says little about the summer": an amount said is no report of words.
            if (AMOUNTS_SAID.contains(toks.get(p).lower())) return null;
            if (toks.get(p).is(":")) p++;
            if (p < toks.size() && toks.get(p).is("that")) p++;
            if (p >= toks.size()) return null;
            return complement(p, speaker, cueSpan, cue.lemma(), i);
        }

        /**
         * "Trump, who has long denied wrongdoing, insisted …": what a relative clause between commas reports ends at
         * the comma where the sentence's own verb resumes.
         */
        private Found withinRelativeClause(Found f, int speakerTok) {
            if (speakerTok < 1 || !(toks.get(speakerTok).is("who") || toks.get(speakerTok).is("which")) || !inApposition(speakerTok)) {
                return f;
            }
            for (int k = text.tokenAt(f.content().start()); k >= 0 && k + 1 < toks.size() && toks.get(k).end() <= f.content().end(); k++) {
                if (!toks.get(k).is(",") || text.insideQuote(toks.get(k).start())) continue;
                Tok next = toks.get(k + 1);
                Cues.Form c = Cues.at(toks, k + 1);
                boolean verb = c != null && !c.participle() || Words.AUXILIARIES.contains(next.lower())
                        || next.isWord() && !next.capitalized() && next.lower().endsWith("ed");
                if (!verb) continue;
                TextSpan content = text.trimContent(new TextSpan(f.content().start(), next.start()));
                if (text.countWordsIn(content) < 1) return f;
                return new Found(content, text.typeOf(content), f.speaker(), f.cue(), f.lemma(), f.cueToken());
            }
            return f;
        }

        /**
         * "In an interview with Fox News on Monday night, Trump responded to …", "Weighing in on the discussion, Mike
         * Huckabee agreed", "After McCain defeated Bush in New Hampshire, the governor roared back": a phrase that only
         * opens the sentence, before its subject, is not what the subject said. Such a phrase starts with a
         * preposition (and has no verb of its own), a subordinator or a participle, and holds no comma of its own.
         */
        private boolean openingAdverbial(TextSpan content, int comma) {
            int first = text.tokenAt(content.start());
            if (first < 0 || first >= comma || text.insideQuote(content.start())) return false;
            // "Then, last week, Eric Trump called", "But even after the growth cooled, the borrowing continued": a
            // conjunction or adverb with its comma first.
            while (first < comma && (Words.LEADING_PARTICLES.contains(toks.get(first).lower()) || toks.get(first).is(","))) first++;
            if (first >= comma) return false;
            // "On Thursday, after remaining neutral throughout the primary process, Warren appeared …": every phrase
            // between the commas opens the sentence.
            int from = first;
            for (int k = first; k <= comma; k++) {
                if (k == comma || toks.get(k).is(",")) {
                    if (k == from || !openingPhrase(from, k)) return false;
                    from = k + 1;
                } else if (toks.get(k).isQuoteMark()) {
                    return false;
                }
            }
            return true;
        }

        /** One phrase of {@link #openingAdverbial}, tokens {@code first} to {@code end} (exclusive). */
        private boolean openingPhrase(int first, int end) {
            boolean timeOnly = true;
            for (int k = first; k < end; k++) {
                String w = toks.get(k).lower();
                timeOnly &= Words.TIME_WORDS.contains(w) || Words.WEEKDAYS.contains(w) || w.equals("next") || w.equals("early")
                        || w.equals("late");
            }
            if (timeOnly) return true;
            String l = toks.get(first).lower();
            if (Words.SUBORDINATORS.contains(l)) {
                // One clause only: "After Mr. Trump took possession of the jet he made changes" holds the main one too.
                int verbs = 0;
                for (int k = first + 1; k < end; k++) {
                    Tok t = toks.get(k);
                    if (Clauses.verbLike(t) && !t.is("to") || SpeakerPhrases.IRREGULAR_PAST.contains(t.lower())) verbs++;
                }
                return verbs <= 1;
            }
            if (toks.get(first).isWord() && (l.endsWith("ing") || l.endsWith("ed")) && l.length() > 4
                    && first + 1 < end && Words.PREPOSITIONS.contains(toks.get(first + 1).lower())) {
                return true;
            }
            if (!Words.PREPOSITIONS.contains(l) || l.equals("as")) return false;
            for (int k = first + 1; k < end; k++) {
                Tok t = toks.get(k);
                if (Clauses.verbLike(t) && !t.is("to") || SpeakerPhrases.IRREGULAR_PAST.contains(t.lower())) return false;
                // "In 2015 the economy grew …": an article not after a preposition opens the clause's subject.
                if (Words.ARTICLES.contains(t.lower()) && !Words.PREPOSITIONS.contains(toks.get(k - 1).lower())) return false;
            }
            return true;
        }


        private static final Set<String> ASIDE_ADVERBS = Set.of("though", "however", "too", "also", "again", "moreover",
                "nevertheless", "meanwhile", "instead", "later", "earlier");

        /**
         * "A news report published Wednesday said …": after a singular determiner the verb would agree ("reports"); a
         * bare cue form there is a noun of the speaker phrase. Not before "that", where it is the phrase's claim with
         * its source as the modifier ("a New York Times report that …"), nor when the phrase agrees in the plural ("A
         * mere 9 percent say", "a majority of Americans say", "A and B say").
         */
        private boolean nounAfterSingular(int speakerStartTok, TextSpan speaker, int i, int after, Cues.Form cue) {
            if (!SINGULAR.contains(toks.get(speakerStartTok).lower()) || !toks.get(i).is(cue.lemma()) || cue.words().length != 1
                    || text.tokenAt(speaker.end() - 1) >= i || Words.PRONOUNS.contains(toks.get(i - 1).lower())
                    || after < toks.size() && toks.get(after).is("that")) {
                return false;
            }
            if (toks.get(i).lower().endsWith("ed") || toks.get(i).lower().endsWith("ing")) return false;
            for (int k = speakerStartTok; k < i; k++) {
                String l = toks.get(k).lower();
                if (l.equals("and") || l.equals("of") || Words.quantity(l) || COLLECTIVES.contains(l)) return false;
            }
            return true;
        }

        private static final Set<String> SINGULAR = Set.of("a", "an", "this", "each", "every", "another");
        private static final Set<String> COLLECTIVES = Set.of("percent", "majority", "minority", "number", "plurality", "third",
                "half", "quarter", "lot", "couple", "handful", "few");

        /** "and said …", "but added …": a conjunction at {@code k} before a verb of saying. */
        private boolean nextActOfSaying(int k) {
            if (k + 1 >= toks.size() || !(toks.get(k).is("and") || toks.get(k).is("but"))) return false;
            Cues.Form c = Cues.at(toks, k + 1);
            return c != null && !c.participle() && !c.fixed() && !toks.get(k + 1).capitalized();
        }

        /**
         * Whether the relative pronoun at {@code rel} opens a clause set off by commas: right after the comma ("Trump,
         * who …,") or inside an apposition ("Gov. John Kasich, a Republican who …,").
         */
        private boolean inApposition(int rel) {
            for (int k = rel - 1; k >= 0 && rel - k <= 8; k--) {
                if (toks.get(k).is(",")) return true;
                if (isClauseEnd(toks.get(k)) || !toks.get(k).isWord()) return false;
            }
            return false;
        }

        /**
         * "Marco Rubio says, win or lose in Tuesday's primary, he's staying in the race": after the cue's comma an aside,
         * then the clause with its own subject; both are what was said.
         */
        private Found asideThenClause(int p, TextSpan speaker, TextSpan cueSpan, Cues.Form cue, int cueTok) {
            if (p + 1 >= toks.size() || !toks.get(p).is(",") || !toks.get(p + 1).isWord()) return null;
            // "He added, though, that …", "She said, however, that …": an adverb between commas.
            if (p + 3 < toks.size() && ASIDE_ADVERBS.contains(toks.get(p + 1).lower()) && toks.get(p + 2).is(",") && toks.get(p + 3).is("that")) {
                return complement(p + 4, speaker, cueSpan, cue.lemma(), cueTok);
            }
            // "Guccifer said, per a translator, that …": a phrase between commas, then "that" opens what was said.
            if (Words.PREPOSITIONS.contains(toks.get(p + 1).lower()) || toks.get(p + 1).is("per")) {
                int c = text.commaEndingPhrase(p + 1, 9);
                return c >= 0 && c + 2 < toks.size() && toks.get(c + 1).is("that") ? complement(c + 2, speaker, cueSpan, cue.lemma(), cueTok) : null;
            }
            if (cue.weak()) return null;
            // "agreed, but also contended that …": a conjunction opens the speaker's next act, not an aside.
            if (Words.FUNCTION.contains(toks.get(p + 1).lower()) || toks.get(p + 1).is("but") || toks.get(p + 1).is("and")) return null;
            for (int k = p + 2; k < toks.size() && k - p <= 12; k++) {
                Tok t = toks.get(k);
                if (isClauseEnd(t) && !t.is(",") || t.isQuoteMark() || Cues.at(toks, k) != null) return null;
                if (!t.is(",")) continue;
                if (k + 2 >= toks.size()) return null;
                Tok subject = toks.get(k + 1);
                boolean clause = Words.PERSON_PRONOUNS.contains(subject.lower()) || subject.is("they") || subject.is("we")
                        || subject.is("it");
                if (!clause) return null;
                TextSpan content = text.trimContent(new TextSpan(toks.get(p + 1).start(), clauses.clauseEnd(k + 1)));
                return text.countWordsIn(content) < 4 ? null : new Found(content, text.typeOf(content), speaker, cueSpan, cue.lemma(), cueTok);
            }
            return null;
        }

        private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");

        /** The subject pronoun that opens a clause within six words after the preposition at {@code p}, or -1. */
        private int pronounAfterPhrase(int p) {
            // Only phrases of time or occasion: after "about", "by" or "for" a pronoun opens a relative clause
            // ("stood by the comments he had made").
            if (!Words.OCCASION_PREPOSITIONS.contains(toks.get(p).lower())) return -1;
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
            return afterBe(i);
        }

        /** Whether "the", "a" or "an" stands right before token {@code i}: a cue word there is a noun or describes one. */
        private boolean afterArticle(int i) {
            return i > 0 && (toks.get(i - 1).is("the") || toks.get(i - 1).is("a") || toks.get(i - 1).is("an"));
        }

        /** The reading with its content cut at {@code end} (trimmed), or unchanged when too little would be left. */
        private Found trimmedTo(Found f, int end) {
            TextSpan cut = text.trimContent(new TextSpan(f.content().start(), end));
            if (cut.length() == 0) return f;
            return new Found(cut, text.typeOf(cut), f.speaker(), f.cue(), f.lemma(), f.cueToken());
        }

        /** Tokens [from, to) hold only words and commas, no verb and no cue, and end with a comma: a phrase, an aside. */
        private boolean onlyPhraseBetween(int from, int to) {
            while (from < to && toks.get(from).isQuoteMark()) from++;
            if (from >= to || to - from > 16 || !toks.get(to - 1).is(",")) return false;
            for (int k = from; k < to; k++) {
                Tok t = toks.get(k);
                if (!t.isWord() && !t.is(",") || !t.capitalized() && (Cues.at(toks, k) != null || Clauses.verbLike(t))) return false;
            }
            return true;
        }

        /** A verb of saying (not a fixed phrase) in the few tokens before {@code start}, within its clause. */
        private boolean verbCueBefore(int start, int floor) {
            for (int k = start - 1; k >= Math.max(floor, start - 8); k--) {
                if (isClauseEnd(toks.get(k)) && !toks.get(k).is(",") || toks.get(k).isQuoteMark()) return false;
                Cues.Form c = Cues.at(toks, k);
                if (c != null && !c.fixed() && !c.participle() && k + c.words().length <= start) return true;
            }
            return false;
        }

        /**
         * Tokens [from, to) are phrases of place, time or occasion after a cue: opening with a preposition or a time,
         * at most twelve tokens, a comma only before another preposition, with no verb, cue or subject pronoun of their
         * own ("in a statement on Tuesday", "in Nashua last week", "on her Facebook page, in all capital letters").
         */
        private boolean occasionTail(int from, int to) {
            if (from >= to || to - from > 12) return false;
            String first = toks.get(from).lower();
            // (Not "to": "expects to leave Nevada with …" is an infinitive.)
            if (first.equals("to") || !TAIL_PREPOSITIONS.contains(first) && !Words.TIME_WORDS.contains(first) && !Words.WEEKDAYS.contains(first)) {
                return false;
            }
            for (int k = from; k < to; k++) {
                Tok t = toks.get(k);
                String l = t.lower();
                // ("on her Facebook page, in all capital letters": a second phrase after a comma.)
                if (t.is(",") && k + 1 < to && Words.PREPOSITIONS.contains(toks.get(k + 1).lower())) continue;
                if (t.isQuoteMark() || isClauseEnd(t) || Words.AUXILIARIES.contains(l) || SUBJECT_PRONOUNS.contains(l)) return false;
                Cues.Form c = Cues.at(toks, k);
                if (c != null && !c.fixed()) return false;
            }
            return true;
        }

        /** A form of "be" before token {@code i}, adverbs between: "is expected", "are widely expected". */
        private boolean afterBe(int i) {
            int j = i - 1;
            while (j >= 0 && (Words.ADVERBS.contains(toks.get(j).lower()) || Words.lyAdverb(toks.get(j).lower()))) j--;
            return j >= 0 && FORMS_OF_BE.contains(toks.get(j).lower());
        }

        private static boolean participle(String w) {
            return w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w);
        }


        /**
         * "Both objections seemed to carry little weight", "Trump appears unfazed", "Trump is expected to deliver a speech
         * tonight": a judgement or an expectation about the subject that no one in the sentence voices. No speaker (the
         * subject is what is judged); the content runs from the subject through its complement, as PolNeAR reads it, and
         * the cue takes the auxiliary of "is expected" in. "It appears that …" keeps only the clause. Null otherwise.
         */
        private Found raised(int i, int after, Cues.Form cue) {
            String lemma = cue.lemma();
            // (Not passive(): "is expected to announce" makes the subject a speaker there, but what is expected of
            // someone is still no one's words — PolNeAR reads "Trump is expected to deliver a speech" without a source.)
            boolean expected = lemma.equals("expect") && cue.words().length == 1 && afterBe(i);
            if (!RAISING.contains(lemma) || lemma.equals("expect") && !expected || cue.participle() || after >= toks.size()) return null;
            Tok next = toks.get(after);
            if (expected && !next.is("to")) return null;
            // "appeared on Fox News", "seemed, at first, …": only a complement — an infinitive, "that" or a word of description.
            if (!expected && !(next.is("to") || next.is("that") || next.isWord() && !next.capitalized()
                    && !Words.PREPOSITIONS.contains(next.lower()) && !Words.FUNCTION.contains(next.lower()))) {
                return null;
            }
            int aux = i;
            if (expected) {
                aux = i - 1;
                while (aux > 0 && !FORMS_OF_BE.contains(toks.get(aux).lower())) aux--;
            }
            TextSpan subject = phrases.npBefore(i, 0);
            if (subject == null) subject = phrases.describedSpeakerBefore(aux, 0);
            if (subject == null) return null;
            Found rest = complement(next.is("that") ? after + 1 : after, null, text.span(aux, after - 1), lemma, i);
            if (rest == null) return null;
            TextSpan cueSpan = text.span(aux, after - 1);
            if (toks.get(text.tokenAt(subject.start())).is("it") && text.tokenAt(subject.start()) == text.tokenAt(subject.end() - 1)) {
                return new Found(rest.content(), rest.type(), null, cueSpan, lemma, i);
            }
            TextSpan content = new TextSpan(subject.start(), rest.content().end());
            return new Found(content, text.typeOf(content), null, cueSpan, lemma, i);
        }

        /** "That will be true up to a point, said Sherman, a reporter." — the cue before the speaker. */
        private Found inverted(int i, int after, Cues.Form cue, TextSpan cueSpan) {
            // "…, said Sanders": a finite verb before its speaker; "…, bashing Sanders", "…, telling Reuters" name the
            // one addressed or attacked.
            if (i == 0 || !toks.get(i - 1).is(",") || cue.participle() || toks.get(i).lower().endsWith("ing")) return null;
            int npEnd = phrases.npForwardEnd(after);
            if (npEnd < 0) return null;
            // "The tentative deal, announced Friday, would last …": a day is when, not who.
            if (npEnd == after && (Words.WEEKDAYS.contains(toks.get(after).lower()) || Words.TIME_WORDS.contains(toks.get(after).lower()))) return null;
            // "said Doyle and others": the others are speakers too.
            if (npEnd + 2 < toks.size() && toks.get(npEnd + 1).is("and") && toks.get(npEnd + 2).is("others")) npEnd += 2;
            // "The paradox of Nancy, says Carl Anthony, historian at the library, is that …", "The contrast, said Doyle and
            // others, would be clear": the attribution between commas, its apposition with it, inside what was said.
            Found around = insideContent(i, after, npEnd, cue, cueSpan);
            if (around != null) return around;
            int end = phrases.appositionAfter(npEnd);
            int q = text.skipTimes(end + 1);
            if (q < toks.size() && !isClauseEnd(toks.get(q)) && !Words.PREPOSITIONS.contains(toks.get(q).lower())) return null;
            int start = Math.max(contentFloor, clauses.clauseStart(i - 1));
            TextSpan content = text.trimContent(new TextSpan(start, toks.get(i - 1).start()));
            if (text.countWordsIn(content) < 3 || coveredByDirect(content)) return null;
            return new Found(content, text.typeOf(content), text.span(after, end), cueSpan, cue.lemma(), i);
        }

        /** The reading of an inverted attribution set off by commas inside the clause it reports, or null. */
        private Found insideContent(int i, int after, int npEnd, Cues.Form cue, TextSpan cueSpan) {
            int close = npEnd + 1;
            if (close < toks.size() && toks.get(close).is(",") && close + 1 < toks.size() && !resumesClause(close + 1)) {
                // An apposition up to the next comma.
                int c = phrases.appositionClose(close, 12, toks.size(), true);
                if (c >= 0) close = c;
            }
            // The clause resumes with its verb: "…, would be clear", "…, is that she was …".
            if (close + 1 >= toks.size() || !toks.get(close).is(",") || !resumesClause(close + 1)) return null;
            Tok verb = toks.get(close + 1);
            if (!(Words.AUXILIARIES.contains(verb.lower()) || Clauses.verbLike(verb)) || verb.capitalized()) return null;
            int start = Math.max(contentFloor, clauses.clauseStart(i - 1));
            TextSpan before = text.trim(new TextSpan(start, toks.get(i - 1).start()));
            if (text.countWordsIn(before) < 2) return null;
            TextSpan whole = text.trimContent(new TextSpan(start, clauses.clauseEnd(close + 1)));
            if (coveredByDirect(whole)) return null;
            TextSpan speaker = text.span(after, close > npEnd + 1 ? close : npEnd);
            return new Found(whole, text.typeOf(whole), speaker, cueSpan, cue.lemma(), i);
        }

        /**
         * "Tester said, referring to the excuse, “you give ammunition …”": a report ends where a quotation already read as
         * direct speech opens (the second part of a split quotation), at {@code end} otherwise.
         */
        private int beforeContinuedQuotation(int start, int end) {
            for (QuoteMarks.Quoted q : quotes) {
                if (q.open() <= start || q.open() >= end) continue;
                for (Found f : out) {
                    if (f.type() == Quote.Type.DIRECT && f.content().start() >= q.open() && f.content().end() <= q.close()) return q.open();
                }
            }
            return end;
        }

        /** Words after a quotation that carry its clause on: a conjoined subject or the clause's verb. */
        private static final Set<String> CLAUSE_GOES_ON = Set.of("and", "or", "of", "to", "would", "will", "could", "should", "can", "may",
                "might", "must", "is", "are", "was", "were", "has", "have", "had");

        /** The content after a cue, up to the end of its clause. */
        private Found complement(int p, TextSpan speaker, TextSpan cueSpan, String lemma, int cueTok) {
            Tok first = toks.get(p);
            if (first.isQuoteMark()) {
                QuoteMarks.Quoted q = text.quoteOpeningAt(first.start());
                if (q != null) {
                    // "called for "stronger ... forces" in a message": what was called for is the quotation.
                    TextSpan inner = text.trim(q.inner());
                    if (inner.length() == 0) return null;
                    // "told MSNBC's “Morning Joe” that ...": a programme's name, not what was told.
                    int close = q.close() < sentence.end() ? text.tokenAt(q.close()) : toks.size();
                    if (close >= 0 && isTitle(p, close, text.countWords(p + 1, close))) {
                        int that = text.findThat(close + 1);
                        return that >= 0 && that + 1 < toks.size() ? complement(that + 1, speaker, cueSpan, lemma, cueTok) : null;
                    }
                    // "he said “budget reforms” and the collection of unpaid taxes would help": the quoted words
                    // are only the start of what was said; the clause goes on after them.
                    if (close >= 0 && close + 1 < toks.size() && clauseGoesOn(close + 1)) {
                        int end = clauses.clauseEnd(p);
                        TextSpan content = text.trimContent(new TextSpan(first.start(), end));
                        if (text.countWordsIn(content) > text.countWordsIn(inner) + 2) {
                            return new Found(content, text.typeOf(content), speaker, cueSpan, lemma, cueTok);
                        }
                    }
                    return new Found(inner, Quote.Type.DIRECT, speaker, cueSpan, lemma, cueTok);
                }
            }
            // "issued a statement saying …": what was said is the statement's, read from its own cue.
            if (p + 2 < toks.size() && Words.DETERMINERS.contains(first.lower()) && SpeakerPhrases.DOCUMENTS.contains(toks.get(p + 1).lower())) {
                Cues.Form inner = Cues.at(toks, p + 2);
                if (inner != null && inner.participle()) return null;
            }
            boolean object = !first.is("that") && !Words.CLAUSE_CUES.contains(lemma) && !text.infinitive(p);
            int end = beforeContinuedQuotation(first.start(), clauses.clauseEnd(p, object));
            TextSpan content = text.trimContent(new TextSpan(first.start(), end));
            // "praised Clinton", "endorsed him": an object of one word is enough when it names someone.
            boolean named = object && text.countWordsIn(content) == 1 && (first.capitalized() || Words.PRONOUNS.contains(first.lower()));
            if (text.countWordsIn(content) < 2 && !named) return null;
            return new Found(content, text.typeOf(content), speaker, cueSpan, lemma, cueTok);
        }

        private Found accordingTo(int i, int after) {
            int npEnd = after;
            // "According to State Department cables at the time that were later released by WikiLeaks, …": a source
            // may run long; it ends at the clause's end.
            while (npEnd < toks.size() && npEnd - after < 20 && !isClauseEnd(toks.get(npEnd)) && !toks.get(npEnd).isQuoteMark()) npEnd++;
            if (npEnd == after) return null;
            TextSpan speaker = text.span(after, npEnd - 1);
            TextSpan cueSpan = text.span(i, after - 1);
            boolean followedByComma = npEnd < toks.size() && toks.get(npEnd).is(",");
            // "..., which, according to X, included ..." or a sentence that opens with "According to X,"
            boolean clauseInitial = i == 0 || i >= 2 && toks.get(i - 1).is(",")
                    && (toks.get(i - 2).is("which") || toks.get(i - 2).is("that") || toks.get(i - 2).is("who"));
            if (clauseInitial && followedByComma) {
                // "According to the report, released on Monday, exports fell": the participle's aside belongs to the source.
                int aside = npEnd + 1;
                // "According to Maria Lopez, a nurse at the hospital, the shortage …": so does an apposition.
                boolean apposed = aside < toks.size() && appositionAt(aside);
                if (aside < toks.size() && toks.get(aside).isWord() && (apposed || !toks.get(aside).capitalized() && toks.get(aside).lower().endsWith("ed"))) {
                    int close = aside + 1;
                    while (close < toks.size() && close - aside <= 10 && !toks.get(close).is(",") && !isClauseEnd(toks.get(close))) close++;
                    if (close < toks.size() && toks.get(close).is(",")) {
                        speaker = text.span(after, close - 1);
                        npEnd = close;
                    }
                }
                if (npEnd + 1 >= toks.size()) return null;
                return complement(npEnd + 1, speaker, cueSpan, "according to", i);
            }
            // "..., according to X." or "...,\" according to X." (the comma inside the quotation)
            boolean afterComma = i > 0 && toks.get(i - 1).is(",");
            boolean afterQuotedComma = i > 1 && toks.get(i - 1).isQuoteMark() && toks.get(i - 2).is(",");
            if (afterComma || afterQuotedComma) {
                int start = Math.max(contentFloor, clauses.clauseStart(i - 1));
                int end = afterComma ? toks.get(i - 1).start() : toks.get(i - 1).end();
                // "Over the long term, according to the budget office, the rise in deficits is …", "Now, according to
                // the poll, some are swinging": the sentence goes on after the source; what was said is on both sides.
                if (afterComma && followedByComma && npEnd + 1 < toks.size()
                        && (resumesClause(npEnd + 1) || nameAndVerb(i - 1) && !isClauseEnd(toks.get(npEnd + 1))
                            || verbless(text.tokenAt(start), i - 1) && predicateAt(npEnd + 1))) {
                    TextSpan whole = text.trimContent(new TextSpan(start, clauses.clauseEnd(npEnd + 1)));
                    if (text.countWordsIn(whole) - text.countWords(i, npEnd) >= 3 && !coveredByDirect(whole)) {
                        return new Found(whole, text.typeOf(whole), speaker, cueSpan, "according to", i);
                    }
                }
                TextSpan content = text.trimContent(new TextSpan(start, end));
                if (text.countWordsIn(content) < 3 || coveredByDirect(content)) return null;
                return new Found(content, text.typeOf(content), speaker, cueSpan, "according to", i);
            }
            return null;
        }

        /**
         * "Other major cleavages, according to the poll, include ideology": what stands before the source is a noun
         * phrase with no verb (tokens {@code from} to {@code to}), so the clause's verb comes after it.
         */
        private boolean verbless(int from, int to) {
            if (from < 0 || from >= to) return false;
            for (int k = from; k < to; k++) {
                Tok t = toks.get(k);
                if (!t.isWord() || Clauses.verbLike(t) || Cues.at(toks, k) != null && !t.capitalized() || Words.FUNCTION.contains(t.lower())
                        && !Words.DETERMINERS.contains(t.lower())) {
                    return false;
                }
            }
            return true;
        }

        /** A lower-case word at {@code k} that can open a predicate: not a conjunction, preposition or relative. */
        private boolean predicateAt(int k) {
            Tok t = toks.get(k);
            return t.isWord() && !t.capitalized() && !RESUMING_NOT.contains(t.lower()) && !Words.PREPOSITIONS.contains(t.lower())
                    && !Words.FUNCTION.contains(t.lower()) || Words.AUXILIARIES.contains(t.lower());
        }

        /**
         * "G4S receives, according to one report, $234 million …": the sentence up to the comma at {@code comma} is a
         * name and a verb in the present or past, left without its object.
         */
        private boolean nameAndVerb(int comma) {
            int v = comma - 1;
            if (v < 1 || !toks.get(v).isWord() || toks.get(v).capitalized()) return false;
            String l = toks.get(v).lower();
            if (!(l.endsWith("s") || l.endsWith("ed")) || Words.FUNCTION.contains(l)) return false;
            for (int k = 0; k < v; k++) if (!toks.get(k).isWord() || !toks.get(k).capitalized()) return false;
            return true;
        }

        /**
         * Whether the sentence's own clause goes on at {@code k} after an attribution set off by commas ("…, according
         * to the poll, some are swinging"): a verb follows, and not after a conjunction or a relative ("…, according
         * to a CNN tally, but his pathway …", "…, according to SITE, which tracks …") or as an apposition of the source.
         */
        private boolean resumesClause(int k) {
            if (k >= toks.size() || !toks.get(k).isWord() || RESUMING_NOT.contains(toks.get(k).lower())) return false;
            for (int m = k; m < toks.size() && !isClauseEnd(toks.get(m)); m++) {
                if (Clauses.verbLike(toks.get(m)) || Cues.at(toks, m) != null && !toks.get(m).capitalized()) return true;
            }
            return false;
        }

        private static final Set<String> RESUMING_NOT = Set.of("but", "and", "or", "yet", "so", "which", "who", "whom", "whose",
                "where", "when", "while", "as", "though", "although");


        /**
         * An apposition between commas from token {@code k}: "a nurse at the hospital", "the chief executive": an
         * indefinite article, or "the" before a role or speaker noun, and no auxiliary or verb of saying to its comma.
         */
        private boolean appositionAt(int k) {
            String first = toks.get(k).lower();
            boolean role = false;
            for (int m = k + 1; m < toks.size() && m <= k + 3; m++) {
                String l = toks.get(m).lower();
                role |= RoleWords.isTitle(l) || Words.SPEAKER_NOUNS.contains(l);
            }
            if (!(first.equals("a") || first.equals("an") || first.equals("the") && role)) return false;
            for (int m = k + 1; m < toks.size() && !toks.get(m).is(","); m++) {
                if (isClauseEnd(toks.get(m)) || Words.AUXILIARIES.contains(toks.get(m).lower()) || Cues.at(toks, m) != null) return false;
            }
            return true;
        }

        /** "by saying", "before insisting", "while arguing": a participle that says how or when the subject spoke. */
        private static final Set<String> MANNER_PREPOSITIONS = Set.of("by", "before", "while", "upon");

        /** Cue verbs of wanting and expecting: resumed after "X, he said," they are the clause's own ("Neither side, he said, wants a war"). */
        private static final Set<String> STANCE = Set.of("want", "need", "hope", "support", "oppose", "like", "fear", "plan",
                "expect", "intend", "prefer", "favor", "favour", "deserve");

        /** {@code ..., adding that ...}: the speaker of this sentence's attribution goes on. */
        private Found continuing(int i, int after, Cues.Form cue) {
            if (cue.weak()) return null;
            Found voice = outermost(last);
            TextSpan speaker = voice != null && voice.speaker() != null && voice.content().start() >= sentence.start() - 1 && inSentence(voice)
                    ? voice.speaker() : phrases.sentenceSubject(i);
            if (speaker == null) return null;
            int p = clauses.skipAfterCue(after, cue.lemma());
            // "…, accusing her of being asleep": the one judged is part of the judgement.
            if (Words.JUDGING_CUES.contains(cue.lemma()) && text.skipTimes(after) < p) p = text.skipTimes(after);
            // "…, saying at a church in Cleveland that …": past a phrase of occasion to "that".
            if (p < toks.size() && Words.PREPOSITIONS.contains(toks.get(p).lower()) && text.findThat(p) >= 0) p = text.findThat(p);
            if (p < toks.size() && toks.get(p).is("that")) p++;
            if (p >= toks.size() || isClauseEnd(toks.get(p))) return null;
            return complement(p, speaker, text.span(i, after - 1), cue.lemma(), i);
        }

        /**
         * The reading whose content holds {@code f}'s cue, if any, and so on outwards: in "Clinton told the audience that
         * she believes …, saying that …" the participle goes on in Clinton's voice, not in the reported "she believes".
         */
        private Found outermost(Found f) {
            // Each step outwards takes a reading whose cue lies before f's, so the walk ends.
            for (boolean moved = f != null; moved; ) {
                moved = false;
                for (Found o : out) {
                    if (o.cue() != null && f.cue() != null && o.cue().end() <= f.cue().start() && o.content().start() <= f.cue().start()
                            && f.cue().end() <= o.content().end()) {
                        f = o;
                        moved = true;
                        break;
                    }
                }
            }
            return f;
        }

        private boolean inSentence(Found f) {
            return f.cue() != null && f.cue().start() >= sentence.start() && f.cue().end() <= sentence.end();
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
    }
}
