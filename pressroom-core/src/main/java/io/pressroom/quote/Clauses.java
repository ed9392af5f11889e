package io.pressroom.quote;

import static io.pressroom.quote.SentenceTokens.isClauseEnd;

import io.pressroom.model.TextSpan;
import io.pressroom.quote.Tokens.Tok;
import java.util.List;
import java.util.Set;

/**
 * Where what a cue introduces begins and ends: past the listener and the time after the cue ("told reporters on
 * Tuesday that"), up to the end of its clause — before "; ", ", but", ", adding", ", according to", ", X said"
 * or the speaker's next act of saying ("… and urged Americans to …") — and where a clause before a post-posed
 * attribution starts.
 */
final class Clauses {
    private final SentenceTokens text;
    private final SpeakerPhrases phrases;
    private final TextSpan sentence;
    private final List<Tok> toks;

    Clauses(SentenceTokens text, SpeakerPhrases phrases) {
        this.text = text;
        this.phrases = phrases;
        this.sentence = text.sentence;
        this.toks = text.toks;
    }

    /** Skips times, adverbs and (for "tell"-like cues) an object after the cue. */
    int skipAfterCue(int p, String lemma) {
        // "spoke out on Tuesday", "spoke up": the particle belongs to the verb, not to what was said.
        p = text.skipTimes(p);
        // "described, in fairly blistering terms, a set of practices": an aside between commas right after the cue.
        if (p < toks.size() && toks.get(p).is(",")) {
            int close = asideClose(p + 1);
            if (close > 0 && close + 1 < toks.size() && toks.get(close + 1).isWord() && !toks.get(close + 1).capitalized()) p = close + 1;
        }
        if (Words.OBJECT_CUES.contains(lemma) && p < toks.size() && !toks.get(p).is("that")) {
            // "telling them, “…”", "asked him about it": an object pronoun is the listener (not before an infinitive or a
            // quotation, where it is who is to act: "asking them to host events"; nor the one judged: "accusing her of …").
            boolean listener = OBJECT_PRONOUNS.contains(toks.get(p).lower()) && p + 1 < toks.size() && !Words.JUDGING_CUES.contains(lemma)
                    && (toks.get(p + 1).is(",") || toks.get(p + 1).is(":") || toks.get(p + 1).is("that")
                        || Words.PREPOSITIONS.contains(toks.get(p + 1).lower()) && !toks.get(p + 1).is("to"));
            int objEnd = listener ? p : phrases.npForwardEnd(p);
            if (objEnd < 0 && p < toks.size() && toks.get(p).isWord() && Words.DETERMINERS.contains(toks.get(p).lower())) {
                objEnd = p;
                // "implored her to bring it back": the object ends before an infinitive; "praised the plan and said
                // that …": before a conjunction.
                while (objEnd + 1 < toks.size() && toks.get(objEnd + 1).isWord() && !toks.get(objEnd + 1).is("that")
                        && !toks.get(objEnd + 1).is("and") && !toks.get(objEnd + 1).is("but") && !text.infinitive(objEnd + 1)
                        && objEnd - p < 5) {
                    objEnd++;
                }
            }
            // "told a TV interviewer that …": a plain noun after the name is the listener's head.
            if (objEnd >= 0 && objEnd + 2 < toks.size() && toks.get(objEnd + 2).is("that") && !Words.JUDGING_CUES.contains(lemma)
                    && plainNoun(toks.get(objEnd + 1)) && Cues.at(toks, objEnd + 1) == null) {
                objEnd++;
            }
            if (objEnd >= 0) p = text.skipTimes(objEnd + 1);
            // "told Bill O'Reilly of Fox News, that …": a stray comma before "that".
            if (objEnd >= 0 && p + 1 < toks.size() && toks.get(p).is(",") && toks.get(p + 1).is("that")) p++;
        }
        return p;
    }

    /**
     * The comma closing an aside of place, time or manner that opens at token {@code from} ("in fairly blistering terms,",
     * "in a tweet on Monday,"): a preposition, then up to ten words with no verb or cue; -1 when there is none.
     */
    private int asideClose(int from) {
        if (from >= toks.size() || !Words.PREPOSITIONS.contains(toks.get(from).lower()) || toks.get(from).is("to")) return -1;
        for (int k = from + 1; k < toks.size() && k - from <= 10; k++) {
            Tok t = toks.get(k);
            if (t.is(",")) return k > from + 1 ? k : -1;
            boolean noun = Words.DETERMINERS.contains(toks.get(k - 1).lower());   // "in a tweet": a cue word as a noun
            Cues.Form cue = Cues.at(toks, k);
            if (!t.isWord() || text.insideQuote(t.start()) || verbLike(t) && !t.capitalized()
                    || cue != null && !cue.weak() && !t.capitalized() && !noun) {
                return -1;
            }
        }
        return -1;
    }

    /** Nouns for what someone said, as the writer names it in apposition: "…, a claim the campaign disputed". */
    private static final Set<String> STATEMENT_NOUNS = Set.of("claim", "charge", "assertion", "allegation", "statement", "remark",
            "comment", "accusation", "argument", "view", "position", "notion", "point", "sentiment", "reference", "nod",
            "contention", "suggestion", "prediction", "promise", "pledge", "message", "warning", "criticism", "jab", "dig",
            "swipe", "boast", "threat", "vow");

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "how", "why", "what", "when", "where", "who", "which");

    private static boolean plainNoun(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && !Words.FUNCTION.contains(l) && !Words.AUXILIARIES.contains(l) && !Words.lyAdverb(l)
                && !QUESTION_WORDS.contains(l);
    }

    private static final Set<String> CLAUSE_PRONOUNS = Set.of("he", "she", "they", "we");

    /** Where the clause starting at token p ends: the sentence end, or before ", adding", ", according to" or ", X said". */
    int clauseEnd(int p) {
        return clauseEnd(p, false);
    }

    /**
     * As {@link #clauseEnd(int)}; {@code object} when what starts at p is the object of a cue that judges or names
     * something ("praised the plan", "highlighted her record"), not a clause.
     */
    int clauseEnd(int p, boolean object) {
        boolean verb = !object;
        for (int k = p; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (text.insideQuote(t.start())) continue;
            if (t.is(";")) return t.start();
            // "stressed the need for “peace through strength,” according to his office": the comma sits inside the
            // quotation's marks, and the report ends with them.
            if (k > p + 1 && toks.get(k - 1).isQuoteMark() && toks.get(k - 2).is(",") && t.is("according")
                    && k + 1 < toks.size() && toks.get(k + 1).is("to")) {
                return toks.get(k - 1).end();
            }
            // "praised Obama's attempt to shutter the facility and embraced his argument …": after an object with no
            // verb of its own, "and" with a cue verb in the past is the speaker's next act, read on its own.
            // ("Putin chides Turkey and praises Trump": so is one in the present.)
            if (t.is("and") && !verb && k > p && k + 1 < toks.size() && (pastVerb(toks.get(k + 1)) || presentCue(k + 1))
                    && Cues.at(toks, k + 1) != null) {
                return toks.get(k - 1).is(",") ? toks.get(k - 1).start() : t.start();
            }
            // "speculated about the cost of her wardrobe, referred to Clinton's divisiveness and …": after an object, a
            // comma and a cue verb in the past open the next act in a series.
            if (t.is(",") && !verb && k > p + 1 && k + 1 < toks.size() && pastVerb(toks.get(k + 1)) && !toks.get(k + 1).is("said")
                    && Cues.at(toks, k + 1) != null && !Cues.at(toks, k + 1).weak()) {
                return t.start();
            }
            // "acknowledged that the candidate misspoke but noted that …": "but" with a cue verb is the speaker's next act.
            if (t.is("but") && k > p + 1 && k + 1 < toks.size() && Cues.at(toks, k + 1) != null && !toks.get(k + 1).capitalized()
                    && !Cues.at(toks, k + 1).participle()) {
                return t.start();
            }
            // "criticized Bill Clinton during a debate", "endorsed Trump in early June": after an object, a phrase of
            // time or occasion belongs to the act, not to what was said.
            if (object && !verb && k > p && occasion(k) && !goesOnAfter(k)) return t.start();
            if (k > p && verbLike(t)) verb = true;
            // "said the plan would hurt workers, a claim the campaign disputed": an apposition naming the statement
            // itself is the writer's comment on it.
            if (t.is(",") && k > p + 1 && k + 2 < toks.size() && (toks.get(k + 1).is("a") || toks.get(k + 1).is("an"))
                    && STATEMENT_NOUNS.contains(toks.get(k + 2).lower())) {
                return t.start();
            }
            // "…to remain in the hospital, but was treated as an outpatient": the report ends before ", but".
            if (t.is(",") && k + 1 < toks.size() && toks.get(k + 1).is("but")) return t.start();
            // "… that Machado was “disgusting” and encouraged Americans to …": the speaker's next act of saying.
            if (t.is("and") && k > p + 1 && k + 1 < toks.size() && !toks.get(k + 1).capitalized()) {
                Cues.Form c = Cues.at(toks, k + 1);
                int after = c == null ? -1 : k + 1 + c.words().length;
                // After two words only when "that" or a quotation follows the verb ("denied the report and added that …").
                if (k == p + 2 && !(after > 0 && after < toks.size() && (toks.get(after).is("that") || toks.get(after).isQuoteMark()))) {
                    continue;
                }
                // Only a verb that is nearly always speech ("and said", "and warned"), or any cue before "that" or a
                // quotation: "the economy grew and added two million jobs" is the economy's.
                if (c != null && !c.participle() && !c.fixed() && (toks.get(k + 1).is("said") || toks.get(k + 1).is("told")
                        || toks.get(k + 1).lower().endsWith("ed") && (SPEECH_AFTER_AND.contains(c.lemma())
                        || after < toks.size() && (toks.get(after).is("that") || toks.get(after).isQuoteMark())))) {
                    return toks.get(k - 1).is(",") ? toks.get(k - 1).start() : t.start();
                }
            }
            // "… was on track to meet those targets, and Brian Deese, the adviser, said …": a clause joined by ", and" whose
            // subject says something of its own.
            if (t.is(",") && k + 2 < toks.size() && toks.get(k + 1).is("and") && verbOfSayingAfterSubject(k + 2) >= 0) return t.start();
            if (t.is(",") && k + 3 < toks.size() && toks.get(k + 1).is("and") && CLAUSE_PRONOUNS.contains(toks.get(k + 2).lower())
                    && (Words.AUXILIARIES.contains(toks.get(k + 3).lower()) || pastVerb(toks.get(k + 3)))) {
                return t.start();
            }
            if (t.is(",") && k + 1 < toks.size()) {
                // ", before adding …", ", while insisting …": the participle after its preposition.
                int v = k + 2 < toks.size() && (toks.get(k + 1).is("before") || toks.get(k + 1).is("while")) ? k + 2 : k + 1;
                Cues.Form c = Cues.at(toks, v);
                if (c != null && (c.participle() && Words.CONTINUING.contains(c.lemma()) || v == k + 1 && c.lemma().equals("according to"))) {
                    return t.start();
                }
                // ", while Republicans say it will spur growth": a contrast opens the other side's attribution.
                if ((toks.get(k + 1).is("while") || toks.get(k + 1).is("whereas")) && k + 2 < toks.size()
                        && verbOfSayingAfterSubject(k + 2) >= 0) {
                    return t.start();
                }
                // ", the North's state media reported Tuesday." — another attribution starts here
                int j = verbOfSayingAfterSubject(k + 1);
                if (j >= 0) {
                    int q = text.skipTimes(j + Cues.at(toks, j).words().length);
                    if (q >= toks.size() || isClauseEnd(toks.get(q))) return t.start();
                }
            }
        }
        return sentence.end();
    }

    /** The index of a finite verb of saying right after the noun phrase starting at {@code from}, or -1. */
    private int verbOfSayingAfterSubject(int from) {
        int npEnd = phrases.npForwardEnd(from);
        if (npEnd < 0) return -1;
        // "Brian Deese, the climate adviser, said": past an apposition between commas.
        if (npEnd + 1 < toks.size() && toks.get(npEnd + 1).is(",")) {
            int c = phrases.appositionClose(npEnd + 1, 8, toks.size(), false);
            if (c >= 0) npEnd = c;
        }
        int j = text.skipBetween(npEnd + 1);
        Cues.Form c = j < toks.size() ? Cues.at(toks, j) : null;
        return c != null && !c.participle() && !c.fixed() ? j : -1;
    }

    private static final Set<String> OCCASION_NOUNS = Set.of("debate", "debates", "rally", "rallies", "interview", "interviews",
            "speech", "speeches", "statement", "conference", "event", "hearing", "meeting", "appearance", "broadcast", "tweet",
            "twitter", "facebook", "tv", "television", "print", "forum", "town", "campaign", "address", "op-ed", "letter", "email",
            "briefing", "session", "visit", "stop", "ad", "commercial", "video", "post");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

    /**
     * "called Mr. Obama's remarks on Saturday “a true wake-up call”", "praised Mr. Clarke in his address for helping …":
     * what was said goes on after the phrase of occasion.
     */
    private static final Set<String> GOES_ON = Set.of("for", "as", "that", "about", "toward", "towards", "to", "of", "by",
            "with", "over", "against", "and", "but", "who", "which");

    private boolean goesOnAfter(int k) {
        for (int m = k + 1; m < toks.size(); m++) {
            Tok t = toks.get(m);
            if (t.is(";") || t.is(".") && m == toks.size() - 1) return false;
            if (t.isQuoteMark() || GOES_ON.contains(t.lower()) || Cues.at(toks, m) != null) return true;
        }
        return false;
    }

    private static final Set<String> OCCASION_OPENERS = Set.of("in", "on", "at", "during", "after", "before");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    /** Token k opens a phrase of time or occasion: "during a debate", "on Thursday", "in early June", "at a news conference". */
    private boolean occasion(int k) {
        String prep = toks.get(k).lower();
        if (!OCCASION_OPENERS.contains(prep) || k + 1 >= toks.size()) return false;
        for (int m = k + 1; m < toks.size() && m <= k + 4; m++) {
            String l = toks.get(m).lower();
            if (Words.WEEKDAYS.contains(l) || MONTHS.contains(l) || OCCASION_NOUNS.contains(l) || YEAR.matcher(l).matches()) return true;
            if (!(Words.DETERMINERS.contains(l) || l.equals("early") || l.equals("late") || l.equals("mid") || l.equals("last")
                    || l.equals("news") || l.equals("press") || l.equals("campaign") || toks.get(m).isWord() && m == k + 2 && toks.get(m - 1).isWord()
                    && Words.DETERMINERS.contains(toks.get(m - 1).lower()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean pastVerb(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && (l.endsWith("ed") && l.length() > 4 || SpeakerPhrases.IRREGULAR_PAST.contains(l)
                || l.equals("has") || l.equals("had"));
    }

    /** A cue verb in the third person present at token {@code k} ("praises", "warns"), not a noun after a determiner. */
    private boolean presentCue(int k) {
        Cues.Form c = Cues.at(toks, k);
        String w = toks.get(k).lower();
        return c != null && c.words().length == 1 && !c.participle() && !c.fixed() && w.endsWith("s") && !w.equals(c.lemma())
                && !toks.get(k).capitalized();
    }

    static boolean verbLike(Tok t) {
        return pastVerb(t) || Words.AUXILIARIES.contains(t.lower()) || t.is("to");
    }

    /** The start of the clause that ends at token {@code comma}: after a previous clause break, or the sentence start. */
    int clauseStart(int comma) {
        int start = sentence.start();
        for (int k = comma - 1; k >= 0; k--) {
            Tok t = toks.get(k);
            if (text.insideQuote(t.start())) continue;
            // ("The result: Students take 112 tests …, a study found": a label of a few words before a colon is not said.)
            if (t.is(";") || t.is(":") && text.countWords(0, k) <= 3 && k + 1 < toks.size() && toks.get(k + 1).start() > t.end()) {
                start = toks.get(k + 1).start();
                break;
            }
        }
        return start;
    }

    private static final Set<String> SPEECH_AFTER_AND = Set.of("suggest", "argue", "insist", "warn", "urge", "claim", "stress",
            "accuse", "deny", "encourage", "complain", "declare", "announce", "vow", "pledge", "promise", "predict", "ask");
}
