package io.pressroom.quote;

import static io.pressroom.quote.SentenceTokens.isClauseEnd;

import io.pressroom.model.TextSpan;
import io.pressroom.quote.Tokens.Tok;
import io.pressroom.text.RoleWords;
import java.util.List;
import java.util.Set;

/**
 * Speaker phrases around a cue: the noun phrase before it ("Pentagon press secretary John Kirby", "Foreign
 * policy analysts", "Mike Shields, president of the Congressional Leadership Fund,"), after it ("said Jane Doe,
 * a broker in Tampa"), the subject of the sentence for a participle, and whoever issued a document that speaks.
 * Spans only; who the phrase names is {@link SpeakerResolver}'s work.
 */
final class SpeakerPhrases {
    /** Verbs of going on before an infinitive cue: "continues to insist", "began to argue". */
    private static final Set<String> GOING_ON = Set.of("continue", "continues", "continued", "began", "begins", "begin");

    private static final Set<String> COUNT_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private static boolean count(Tok t) {
        return COUNT_WORDS.contains(t.lower()) || !t.text().isEmpty() && t.text().chars().allMatch(Character::isDigit);
    }

    /** "Trump's", "attendants'": a possessive, which works as a determiner or modifier of what follows. */
    static boolean possessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.length() > 2 && (lower.endsWith("s'") || lower.endsWith("s\u2019"));
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

    /** Quantities that stand for people: "all agreed that", "many say". */
    private static final Set<String> QUANTITY_SPEAKERS = Set.of("all", "both", "many", "most", "some", "several", "others", "few");

    private final SentenceTokens text;
    private final TextSpan sentence;
    private final List<Tok> toks;

    SpeakerPhrases(SentenceTokens text) {
        this.text = text;
        this.sentence = text.sentence;
        this.toks = text.toks;
    }

    static final Set<String> DOCUMENTS = Set.of("statement", "letter", "release", "note", "memo", "email", "e-mail",
            "tweet", "video", "ad", "advertisement", "report", "post", "message");

    /**
     * "Trump issued a statement saying …", "His office put out a statement saying …": the one who issued the
     * document speaks through it, so the verb's subject is the speaker rather than "a statement".
     */
    TextSpan issuerOf(TextSpan speaker) {
        int first = text.tokenAt(speaker.start());
        int last = text.tokenEndingAt(speaker.end());
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

    /** Capitalised at a sentence's start, never a speaker on their own: subordinators, conjunctions, months. */
    static final Set<String> NOT_NAMES = Set.of("though", "although", "while", "when", "whenever", "after", "before",
            "because", "if", "unless", "until", "since", "as", "once", "but", "and", "or", "so", "yet", "another", "about",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

    /** Prepositions that may tie a modifier to a speaker noun ("experts on North Korea", "advisers to Mr. Obama"). */
    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of", "on", "at", "for", "from", "to", "in", "with", "across");

    /**
     * A speaker noun with a prepositional modifier, the whole clause before the cue: "Experts on North Korea
     * and nuclear nonproliferation said", "advisers to Mr. Obama say", "elected officials from both parties
     * say", "Those close to him say", "many of whom say". Only a clause that is nothing but that phrase:
     * no comma, no verb-like word, no relative pronoun between its start and the cue.
     */
    TextSpan modifiedSubjectBefore(int cue) {
        int end = cue - 1;
        while (end >= 0 && (Words.ADVERBS.contains(toks.get(end).lower()) || Words.AUXILIARIES.contains(toks.get(end).lower()))) end--;
        int start = end;
        while (start - 1 >= 0 && !isClauseEnd(toks.get(start - 1)) && !toks.get(start - 1).is(",") && end - start < 12) start--;
        if (start > 0 && !isClauseEnd(toks.get(start - 1)) && !toks.get(start - 1).is(",")) return null; // longer than 12 words
        if (start >= end) return null;
        int k = start;
        while (k < end && Words.LEADING_PARTICLES.contains(toks.get(k).lower())) k++;
        int first = k;
        // "Those close to him", "many of whom"
        if (toks.get(k).is("those") && k + 2 <= end && toks.get(k + 1).is("close") && toks.get(k + 2).is("to")) {
            return plainTail(k + 3, end) ? text.span(first, end) : null;
        }
        if (QUANTITY_SPEAKERS.contains(toks.get(k).lower()) && k + 2 == end && toks.get(k + 1).is("of") && toks.get(k + 2).is("whom")) {
            return text.span(first, end);
        }
        while (k < end && (Words.DETERMINERS.contains(toks.get(k).lower()) || Words.quantity(toks.get(k).lower())
                || Words.MODIFIERS.contains(toks.get(k).lower()) || Words.adjectiveLike(toks.get(k).lower()) && !headBeforePreposition(k)
                || toks.get(k).lower().endsWith("ed") && !Words.SPEAKER_NOUNS.contains(toks.get(k).lower()))) {
            k++;
        }
        // A capital after the phrase's first word is a name's, except for a group ("Many Republicans clamoring for …").
        if (k >= end || !speakerHead(toks.get(k).lower())
                || toks.get(k).capitalized() && k > first && !toks.get(k).lower().endsWith("s")) {
            return null;
        }
        // "Politicians and even some technologists say": two speaker nouns joined.
        if (toks.get(k + 1).is("and")) {
            int m = k + 2;
            while (m < end && (Words.DETERMINERS.contains(toks.get(m).lower()) || Words.quantity(toks.get(m).lower())
                    || Words.ADVERBS.contains(toks.get(m).lower()) || Words.MODIFIERS.contains(toks.get(m).lower()))) {
                m++;
            }
            if (m > end || !Words.SPEAKER_NOUNS.contains(toks.get(m).lower()) || toks.get(m).capitalized()) return null;
            if (m == end) return text.span(first, end);
            k = m;
        }
        String next = toks.get(k + 1).lower();
        if (SUBJECT_PREPOSITIONS.contains(next)) return plainTail(k + 2, end) ? text.span(first, end) : null;
        // "all the experts I interviewed said", "Several people I've spoken with said": a relative clause with no pronoun.
        if (k + 2 <= end && REDUCED_RELATIVE_SUBJECTS.contains(next) && reducedRelative(k + 2, end)) return text.span(first, end);
        // "A source close to the campaign", "People familiar with the matter", "Officials briefed on the talks"
        if (k + 2 <= end && (NEAR_ADJECTIVES.contains(next) || next.endsWith("ed") && Cues.at(toks, k + 1) == null)
                && (SUBJECT_PREPOSITIONS.contains(toks.get(k + 2).lower()) || toks.get(k + 2).is("about"))) {
            return plainTail(k + 3, end) ? text.span(first, end) : null;
        }
        // "Republican activists clamoring to block Donald Trump from the nomination say"
        if (k + 2 <= end && next.endsWith("ing") && next.length() > 5 && Cues.at(toks, k + 1) == null) {
            return plainTail(k + 2, end) ? text.span(first, end) : null;
        }
        return null;
    }

    private static final Set<String> REDUCED_RELATIVE_SUBJECTS = Set.of("i", "we", "he", "she", "they", "you", "i've", "we've", "they've");

    /** Tokens {@code from} to {@code to}: a verb of meeting or asking people, with its auxiliary and preposition. */
    private boolean reducedRelative(int from, int to) {
        boolean verb = false;
        for (int k = from; k <= to; k++) {
            Tok t = toks.get(k);
            String l = t.lower();
            if (!t.isWord() || t.capitalized()) return false;
            if (l.endsWith("ed") || IRREGULAR_PAST.contains(l) || l.equals("spoken") || l.equals("met")) verb = true;
            else if (!Words.AUXILIARIES.contains(l) && !Words.PREPOSITIONS.contains(l) && !l.equals("'ve") && !l.equals("\u2019ve")) return false;
        }
        return verb;
    }

    /** Adjectives (and "briefed", a cue word elsewhere) that take a prepositional object after a speaker noun: "a source close to the campaign". */
    private static final Set<String> NEAR_ADJECTIVES = Set.of("close", "familiar", "loyal", "opposed", "sympathetic",
            "friendly", "hostile", "critical", "skeptical", "knowledgeable", "responsible", "near", "allied", "aligned",
            "briefed");

    /** "A spokesman for the mayor": a speaker noun that only looks like an adjective ("-man", "-al"), before its preposition. */
    private boolean headBeforePreposition(int k) {
        return speakerHead(toks.get(k).lower()) && k + 1 < toks.size() && SUBJECT_PREPOSITIONS.contains(toks.get(k + 1).lower());
    }

    /**
     * "The presidential office in Seoul said", "the prosecutor's office in Manhattan said": an office speaks for
     * the people in it. Kept out of {@code speaker-nouns.txt} because the cue detector reads that list as a
     * feature, and the list is only widened with a retraining (which alone moves PolNeAR dev by ±0.002).
     */
    private static final Set<String> OFFICES = Set.of("office", "offices", "bureau", "secretariat", "headquarters");

    private static boolean speakerHead(String lower) {
        return Words.SPEAKER_NOUNS.contains(lower) || OFFICES.contains(lower);
    }

    /** Words from {@code from} to {@code to} (inclusive) that can only be a noun phrase's modifier. */
    private boolean plainTail(int from, int to) {
        if (from > to) return false;
        for (int k = from; k <= to; k++) {
            Tok t = toks.get(k);
            String l = t.lower();
            // "Officials at the State Department": a capitalised cue word is part of a name; "insiders in the next two
            // states", "a source familiar with Cruz's thinking": after a determiner, a number or a possessive a cue
            // word is a noun.
            boolean noun = k > from && (Words.DETERMINERS.contains(toks.get(k - 1).lower()) || Words.quantity(toks.get(k - 1).lower())
                    || possessive(toks.get(k - 1).lower()));
            boolean verb = !t.capitalized() && !noun && Cues.at(toks, k) != null;
            if (!t.isWord() || Words.AUXILIARIES.contains(l) || verb || l.equals("that") || l.equals("who")
                    || l.equals("which") || l.equals("when") || l.equals("if")) {
                return false;
            }
        }
        return true;
    }

    /** "Clinton celebrated in Florida ... and said it was ...": the subject of the first verb. */
    TextSpan coordinatedSubject(int cue) {
        int j = cue - 1;
        while (j >= 0 && (Words.ADVERBS.contains(toks.get(j).lower()) || Words.AUXILIARIES.contains(toks.get(j).lower()))) j--;
        // "… and said it was …", "Demonstrators said they want justice, but pledged to remain civil", "Wealth-X keeps
        // its finances a secret but says …"
        if (j < 1 || !(toks.get(j).is("and") || toks.get(j).is("but"))) return null;
        // "Republican nominee Donald Trump, in particular, has sharply criticized … and called for …": the subject
        // with an aside, as the clause's verb opens after it.
        if (toks.get(j - 1).isWord() && !toks.get(j - 1).is(",")) {
            TextSpan lead = leadingSubject(j);
            if (lead != null && text.tokenAt(lead.start()) <= 1) {
                int e = text.tokenAt(lead.end() - 1);
                // The aside between commas is the sentence's, not the speaker's.
                int comma = text.tokenAt(lead.start());
                while (comma < e && !toks.get(comma).is(",")) comma++;
                if (comma < e && comma > text.tokenAt(lead.start()) && describedOrNamed(text.tokenAt(lead.start()), comma - 1)
                        && Words.PREPOSITIONS.contains(toks.get(comma + 1).lower())) {
                    return text.span(text.tokenAt(lead.start()), comma - 1);
                }
                // "Clinton, the former secretary of State, stressed … and said …": the subject with its apposition.
                if (comma < e && toks.get(e).is(",")) return lead;
            }
        }
        // "But the appeals court overruled and said …": a conjunction opening the sentence is not the subject's.
        int s = 0;
        while (s < j && (toks.get(s).is("but") || toks.get(s).is("and") || toks.get(s).is("yet") || toks.get(s).is(","))) s++;
        // "In a statement, Scott blasted Congress and said …": a phrase opening the sentence up to its comma; so a
        // participle or an adverb ("Asked on Monday whether …, Mrs. Clinton shook her head and said", "Speaking on
        // CNBC, Mr. Ubben called … and asserted"), which without its comma leaves no subject to read.
        String first = toks.get(s).lower();
        boolean participle = s == 0 && toks.get(s).capitalized() && (first.endsWith("ing") || first.endsWith("ed") || Words.lyAdverb(first));
        if (s < j && (Words.PREPOSITIONS.contains(first) || Words.OPENERS.contains(first) || participle)) {
            int comma = text.commaEndingPhrase(s, participle ? 20 : 9);
            if (comma > s && comma + 1 < j) s = comma + 1;
            else if (participle) return null;
        }
        int e = npForwardEnd(s);
        if (e < 0 || e + 1 >= j) return null;
        // "Ivana Trump's brief said …": a possessive name is not the subject but its owner.
        if (possessive(toks.get(e).lower())) return null;
        Tok next = toks.get(e + 1);
        if (!next.isWord() || next.capitalized() || Words.DETERMINERS.contains(next.lower())) return null;
        return text.span(s, e);
    }

    /**
     * The last resort for a finite verb of saying whose subject no other reading found: everything from the sentence's
     * start (after a leading conjunction or an opening phrase up to its comma) to the cue, when none of it is a verb of
     * its own outside a relative clause ("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said",
     * "Friends, lobbyists and former foes say", "Nearly eight in 10 Democratic voters overall said"). A participial
     * aside between commas ("…, speaking on condition of anonymity, said") is not the speaker's.
     */
    TextSpan openingSubject(int cue) {
        int j = cue - 1;
        while (j >= 0 && (Words.ADVERBS.contains(toks.get(j).lower()) || HAVE.contains(toks.get(j).lower())
                || Words.lyAdverb(toks.get(j).lower()) && !toks.get(j).capitalized())) {
            j--;
        }
        if (j >= 3 && toks.get(j).is(",") && toks.get(j - 2).is(",") && Words.ADVERBS.contains(toks.get(j - 1).lower())) j -= 3; // ", however,"
        if (j < 0 || !(toks.get(j).isWord() || toks.get(j).is(",") || toks.get(j).is(")") || toks.get(j).is("%"))) return null;
        String last = toks.get(j).lower();
        // "wouldn’t say", "Let's say you …"
        if (last.endsWith("n't") || last.endsWith("n\u2019t") || last.equals("let's") || last.equals("let\u2019s")) return null;
        if (toks.get(j).is("and") || toks.get(j).is("but") || toks.get(j).is("or") || toks.get(j).is("to")
                || Words.FUNCTION.contains(toks.get(j).lower()) && !Words.PRONOUNS.contains(toks.get(j).lower())) {
            return null;
        }
        int s = 0;
        // "There is less consensus on terrorism: 47% say …": the clause after a colon or semicolon.
        for (int k = j - 1; k > 0; k--) {
            if ((toks.get(k).is(":") || toks.get(k).is(";")) && !text.insideQuote(toks.get(k).start())) {
                s = k + 1;
                break;
            }
        }
        while (s < j && (Words.LEADING_PARTICLES.contains(toks.get(s).lower()) || toks.get(s).is(","))) s++;
        String first = toks.get(s).lower();
        if (Words.PREPOSITIONS.contains(first) || Words.OPENERS.contains(first) && !quantityOpener(first)
                || first.endsWith("ing")) {
            int comma = text.commaEndingPhrase(s, 30);
            if (comma >= 0 && comma + 1 < j) s = comma + 1;
            else if (!openingSubordinator(first)) return null;
        }
        if (!subjectHead(toks.get(s))) return null;
        int end = j;
        for (int k = s; k <= j; k++) {
            Tok t = toks.get(k);
            String l = t.lower();
            if (k - s > 30) return null;
            boolean segmentStart = k > s && toks.get(k - 1).is(",");
            // An aside between commas is not the speaker's: a participle ("…, speaking on condition of anonymity, said")
            // or a subordinator before one ("Powell's office, when contacted by Reuters, said").
            boolean participle = t.isWord() && !t.capitalized() && l.endsWith("ing") && !l.equals("including");
            if (segmentStart && (participle || openingSubordinator(l) && k + 1 < j && participleLike(toks.get(k + 1)))) {
                int c = k;
                while (c < j && !toks.get(c + 1).is(",")) c++;
                if (c >= j) return null;
                if (end == j) end = k - 2;
                k = c;
                continue;
            }
            // "… after the Democratic front-runner said", "…, and as many as three-fourths of them tell": the subject
            // of the clause the cue is in starts after its subordinator or conjunction.
            if (openingSubordinator(l) && k < j || segmentStart && (l.equals("and") || l.equals("but")) && k < j) {
                int n = k + 1;
                if (n <= j && toks.get(n).is("as") && openingSubordinator(l)) n++;
                return n <= j && n > k ? restartAt(n, j, cue) : null;
            }
            if (k > s && (RELATIVES.contains(l) || l.equals("who's")) || segmentStart && l.equals("that")) {
                while (k < j && !toks.get(k + 1).is(",")) k++;
                continue;
            }
            if (breaksSubject(t, k)) return null;
            // "Kasich jokingly offered the man a job …": a past form right after a name or an adverb is the clause's verb.
            if (k > s && t.isWord() && !t.capitalized() && l.endsWith("ed") && (toks.get(k - 1).capitalized()
                    || Words.lyAdverb(toks.get(k - 1).lower()) || Words.PRONOUNS.contains(toks.get(k - 1).lower()))) {
                return null;
            }
        }
        return text.span(s, end);
    }

    private static boolean participleLike(Tok t) {
        return t.isWord() && !t.capitalized() && (t.lower().endsWith("ed") || t.lower().endsWith("ing"));
    }

    /** A word that may open a subject: a name, a number, a determiner or quantity, or a plain word that is no function word. */
    private static boolean subjectHead(Tok head) {
        String l = head.lower();
        return head.isWord() && (head.capitalized() || Character.isDigit(head.text().charAt(0)) || Words.DETERMINERS.contains(l)
                || quantityOpener(l) || !Words.FUNCTION.contains(l) && !Words.PRONOUNS.contains(l) && !l.endsWith("ing"));
    }

    private TextSpan restartAt(int n, int j, int cue) {
        if (!subjectHead(toks.get(n))) return null;
        for (int k = n; k <= j; k++) {
            if (breaksSubject(toks.get(k), k) || openingSubordinator(toks.get(k).lower()) && k < j) return null;
        }
        return text.span(n, j);
    }

    /**
     * A token no subject holds outside a relative clause or an aside: a quotation mark, a semicolon, colon or dash, an
     * auxiliary or form of "be", or a cue word in lower case.
     */
    private boolean breaksSubject(Tok t, int k) {
        String l = t.lower();
        return t.isQuoteMark() || t.is(";") || t.is(":") || SentenceTokens.isDash(t) || Words.AUXILIARIES.contains(l) || BE.contains(l)
                || t.is("being") || t.isWord() && !t.capitalized() && Cues.at(toks, k) != null;
    }

    /** A subordinator, or "as", opening a clause of its own before the cue ("… after the front-runner said"). */
    private static boolean openingSubordinator(String l) {
        return Words.SUBORDINATORS.contains(l) || l.equals("as");
    }

    private static final Set<String> HAVE = Set.of("has", "have", "had");
    /** Words that open a share or a quantity of people ("Nearly eight in 10 …", "About half of …", "All but two …"). */
    private static boolean quantityOpener(String l) {
        return Words.quantity(l) || APPROXIMATELY.contains(l) || SHARE_OPENERS.contains(l);
    }

    private static final Set<String> SHARE_OPENERS = Set.of("more", "fewer", "less", "just", "only", "another", "each", "every",
            "none", "no");

    /** Whether tokens {@code from} to {@code to} are capitals, role or speaker nouns and their modifiers ("presidential candidate Donald"). */
    private boolean roleBetween(int from, int to) {
        for (int k = from; k <= to; k++) {
            Tok t = toks.get(k);
            String l = t.lower();
            if (!t.isWord() || !(nameWord(t) || speakerHead(l) || RoleWords.isTitle(l) || Words.MODIFIERS.contains(l) || Words.adjectiveLike(l))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code from} to {@code to} hold a name or a speaker noun. */
    private boolean describedOrNamed(int from, int to) {
        for (int k = from; k <= to; k++) if (nameWord(toks.get(k)) || speakerHead(toks.get(k).lower())) return true;
        return false;
    }

    /** The subject of the sentence's first clause, for "North Korea ... hinted at ..., saying ...". */
    TextSpan sentenceSubject(int before) {
        for (int k = 0; k < before; k++) {
            Cues.Form c = Cues.at(toks, k);
            // Not a capitalised word inside a name or title ("Secretary of State Madeleine Albright"), nor a weak cue.
            if (c != null && !c.participle() && !c.fixed() && !c.weak() && !toks.get(k).capitalized()) {
                // "The North Korean leader inspected the launch and expressed satisfaction, saying …", "… tried to
                // downplay …": a verb with no subject of its own; the clause's opens the sentence.
                TextSpan np = npBefore(k, 0);
                return np != null ? np : leadingSubject(before);
            }
        }
        return leadingSubject(before);
    }

    private static boolean nameWord(Tok t) {
        return t.isWord() && t.capitalized() && !Words.FUNCTION.contains(t.lower()) && !Words.DETERMINERS.contains(t.lower());
    }

    /** Verbs in the past that do not end in -ed, for a clause's verb after its subject. */
    static final Set<String> IRREGULAR_PAST = Set.of("spoke", "took", "made", "went", "gave", "met", "told",
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
            String last = k > 0 ? toks.get(k - 1).lower() : "";
            // ("For months, Obama has been …": any preposition opens such a phrase; "Hours later, Trump …": so does a
            // phrase of time ending in "later", "earlier" or "ago".)
            if (Words.TIME_WORDS.contains(first) || Words.ADVERBS.contains(first) || Words.PREPOSITIONS.contains(first)
                    || last.equals("later") || last.equals("earlier") || last.equals("ago")) {
                s = k + 1;
                while (s + 1 < before && Words.ADVERBS.contains(toks.get(s).lower()) && toks.get(s + 1).is(",")) s += 2;
            }
            break;
        }
        if (s >= before) return null;
        Tok head = toks.get(s);
        // ("Meanwhile, it attacked Trump, saying …": "it" too, before a verb of its own that is not "be".)
        boolean it = head.is("it") && s + 1 < before && !BE.contains(toks.get(s + 1).lower()) && !Words.AUXILIARIES.contains(toks.get(s + 1).lower());
        boolean pronoun = Words.PERSON_PRONOUNS.contains(head.lower()) || head.is("they") || head.is("we") || it;
        int end = s;
        int described = pronoun ? -1 : describedSubjectEnd(s, before);
        if (described >= 0) {
            end = described;
        } else if (!pronoun) {
            // A name: capitalised words ("Hillary Clinton", "The New York Times"), nothing else.
            int k = head.is("the") ? s + 1 : s;
            if (k >= before || !nameWord(toks.get(k))) return null;
            end = k;
            while (end + 1 < before && nameWord(toks.get(end + 1))) end++;
            // "Republican nominee Donald Trump": a role word between the capitals.
            int np = npForwardEnd(s);
            if (np > end && np < before && nameWord(toks.get(np)) && roleBetween(end + 1, np)) end = np;
            // "Congressman Trey Gowdy's office slammed …": a name's office, campaign or spokesman.
            if (possessive(toks.get(end).lower()) && end + 1 < before && !toks.get(end + 1).capitalized() && speakerHead(toks.get(end + 1).lower())) end++;
        }
        // "The New York Times and the Gannett newspaper chain filed …", "Trump and his aides have had …": two subjects.
        if (!pronoun && end + 2 < before && toks.get(end + 1).is("and")) {
            int second = describedSubjectEnd(end + 2, before);
            int k2 = toks.get(end + 2).is("the") ? end + 3 : end + 2;
            if (second < 0 && k2 < before && nameWord(toks.get(k2))) {
                second = k2;
                while (second + 1 < before && nameWord(toks.get(second + 1))) second++;
            }
            if (second < 0 && end + 3 < before && Words.POSSESSIVES.contains(toks.get(end + 2).lower()) && speakerHead(toks.get(end + 3).lower())) second = end + 3;
            if (second > 0) end = second;
        }
        // "the Gannett newspaper chain filed …": plain nouns after a name in a described subject.
        for (int n = 0; n < 2 && !pronoun && end + 1 < before && plainWord(toks.get(end + 1)) && !IRREGULAR_PAST.contains(toks.get(end + 1).lower())
                && end + 2 < before && !toks.get(end + 2).is(","); n++) {
            end++;
        }
        // "The French minister, Segolene Royal, alluded to …": an apposition between commas belongs to the subject.
        if (end + 2 < before && toks.get(end + 1).is(",")) {
            int close = appositionClose(end + 1, 9, before, false);
            if (close >= 0) end = close;
        }
        // "Hakeem Jeffries (D-N.Y.) reacted …": a label in brackets after the name.
        int label = withParenthesis(end);
        if (label > end && label < before) end = label;
        // "Pyongyang has stayed away from talks, saying …": auxiliaries and adverbs before the verb.
        int v = end + 1;
        boolean auxiliary = false;
        boolean copula = false;
        // ("Trump quickly took to Twitter, writing …": an adverb in -ly too.)
        while (v < before && (Words.AUXILIARIES.contains(toks.get(v).lower()) || Words.ADVERBS.contains(toks.get(v).lower())
                || Words.lyAdverb(toks.get(v).lower()) && toks.get(v).lower().length() > 4 && !toks.get(v).capitalized())) {
            auxiliary |= Words.AUXILIARIES.contains(toks.get(v).lower());
            copula = BE.contains(toks.get(v).lower());
            v++;
        }
        if (v >= before) return null;
        // "Obama has been on the sidelines …, arguing …", "Clinton is more conservative, saying …": the verb is "be".
        if (copula && v > end + 1) return text.span(s, end);
        String verb = toks.get(v).lower();
        // "did give", "has met": after an auxiliary any verb form.
        boolean plainVerb = auxiliary && toks.get(v).isWord() && !toks.get(v).capitalized() && !Words.FUNCTION.contains(verb);
        if (!(verb.endsWith("ed") || IRREGULAR_PAST.contains(verb) || plainVerb)) return null;
        return text.span(s, end);
    }

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "be", "am");

    /**
     * "The North Korean leader inspected …", "One operative inside Trump Tower tried …": a determiner and a description
     * ending in a speaker noun, with an optional place or organisation of capitalised words; its last index, or -1.
     */
    private int describedSubjectEnd(int s, int before) {
        String first = toks.get(s).lower();
        if (!(Words.ARTICLES.contains(first) && !Words.PRONOUNS.contains(first) || first.equals("one"))) return -1;
        int e = npForwardEnd(s);
        if (e <= s || e >= before || !speakerHead(toks.get(e).lower()) && !nameWord(toks.get(e))) return -1;
        if (e + 2 < before && SUBJECT_PREPOSITIONS.contains(toks.get(e + 1).lower()) && nameWord(toks.get(e + 2))) {
            e += 2;
            while (e + 1 < before && nameWord(toks.get(e + 1))) e++;
        }
        return e;
    }

    // ---- phrase helpers -----------------------------------------------------------------

    /**
     * "Republicans who have endorsed Trump said", "People who know him say": a subject whose restrictive relative clause
     * (no commas) runs up to the cue, the clause opening the sentence or following a conjunction; null otherwise.
     */
    TextSpan relativeSubjectBefore(int cue) {
        for (int r = cue - 2; r >= Math.max(1, cue - 12); r--) {
            Tok t = toks.get(r);
            if (SentenceTokens.isClauseEnd(t) || t.isQuoteMark() || t.is("(")) return null;
            if (!(t.is("who") || t.is("whose"))) continue;
            // ("Republicans who have endorsed …": the cue of the relative clause itself has "who" for its subject.)
            // ("… and bragged about it", "… his inability to find work": the cue is the relative clause's next verb.)
            if (toks.get(cue - 1).is("and") || toks.get(cue - 1).is("or") || toks.get(cue - 1).is("to")) return null;
            boolean ownVerb = false;
            for (int k = r + 1; k < cue; k++) {
                String l = toks.get(k).lower();
                boolean verbOfRelative = !ownVerb;
                ownVerb |= !Words.AUXILIARIES.contains(l) && !Words.ADVERBS.contains(l) && !Words.lyAdverb(l);
                // Not across another verb of saying or relative pronoun: "Anybody who watched it knows that I answered",
                // "A president who authorized the raid and who hoped …" (the cue is the inner clause's); the relative
                // clause's own verb may be one ("Republicans who have endorsed Trump said").
                Cues.Form c = Cues.at(toks, k);
                if (c != null && !c.weak() && !verbOfRelative || RELATIVES.contains(l) || l.equals("that")) return null;
            }
            if (!ownVerb) return null;
            Tok head = toks.get(r - 1);
            if (!head.isWord() || !(head.capitalized() && !Words.FUNCTION.contains(head.lower()) || Words.SPEAKER_NOUNS.contains(head.lower()))) {
                return null;
            }
            TextSpan np = npBefore(r, 0);
            if (np == null) return null;
            int s = text.tokenAt(np.start());
            // "Though executives who have worked with him say": the subordinator is the sentence's.
            while (s < r - 1 && (Words.LEADING_PARTICLES.contains(toks.get(s).lower()) || NOT_NAMES.contains(toks.get(s).lower()))) s++;
            // The subject opens its sentence or a clause joined by "and"/"but" (after a comma it is an apposition's:
            // "Mark Penn, the Democratic pollster who worked for both Clintons, argued").
            // (After "and" only as ", and": "a Republican and former state legislator who …, said" is an apposition too.)
            Tok before = s > 0 ? toks.get(s - 1) : null;
            if (before != null && !(before.is(";") || before.is(":")
                    || (before.is("and") || before.is("but")) && s > 1 && toks.get(s - 2).is(","))) {
                return null;
            }
            return text.span(s, cue - 1);
        }
        return null;
    }

    /** The speaker phrase ending just before token {@code cue}, skipping adverbs, auxiliaries and times. */
    TextSpan npBefore(int cue, int floor) {
        int j = cue - 1;
        while (j >= floor) {
            Tok t = toks.get(j);
            String l = t.lower();
            // "Theresa May said": a capitalised "May" after a name is the name's end, not the auxiliary.
            boolean nameEnd = t.capitalized() && j > floor && toks.get(j - 1).capitalized() && toks.get(j - 1).isWord();
            if (Words.ADVERBS.contains(l) || Words.AUXILIARIES.contains(l) && !nameEnd || Words.WEEKDAYS.contains(l)
                    || (Words.TIME_WORDS.contains(l) && !t.capitalized()) || Words.lyAdverb(l) && !t.capitalized() && l.length() > 4) {
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
            // "The nominee continues to insist …", "She began to argue …": the verb of going on is not the speaker's.
            if (GOING_ON.contains(l) && j + 1 < cue && toks.get(j + 1).is("to")) {
                j--;
                continue;
            }
            if (t.is("to") && j - 1 > floor && GOING_ON.contains(toks.get(j - 1).lower())) {
                j -= 2;
                continue;
            }
            // "McConnell, who in 2010 said …": a year with its preposition between the speaker and the cue.
            if (j - 1 > floor && YEAR.matcher(l).matches() && (toks.get(j - 1).is("in") || toks.get(j - 1).is("since"))) {
                j -= 2;
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
        // "Kall -- co-editor of Debating The Donald, a book on the debates -- said": an apposition between dashes.
        if (SentenceTokens.isDash(toks.get(j)) && j > floor) {
            int open = j - 1;
            while (open > floor && j - open <= 30 && !SentenceTokens.isDash(toks.get(open)) && !toks.get(open).isQuoteMark()
                    && !toks.get(open).is(".") && !toks.get(open).is(";")) {
                open--;
            }
            if (open <= floor || !SentenceTokens.isDash(toks.get(open)) || open + 1 >= j) return null;
            TextSpan name = npBefore(open, floor);
            if (name == null || text.tokenAt(name.start()) > 0 && !SentenceTokens.isClauseEnd(toks.get(text.tokenAt(name.start()) - 1))) {
                return null;
            }
            return text.span(text.tokenAt(name.start()), j);
        }
        // "Sam Solovey, a contestant on “The Apprentice,” said": the apposition's comma inside a title's closing mark.
        if (toks.get(j).isQuoteMark() && j - 1 > floor && toks.get(j - 1).is(",") && titleOpening(j, floor) > floor) {
            return appositionBefore(j, floor);
        }
        Tok head = toks.get(j);
        if (Words.PRONOUNS.contains(head.lower()) && !head.is("it") && !head.is("you")
                // "The Washington Post, which argued that …": "which" after a comma stands for what the comma follows.
                && (!head.is("which") || j - 1 >= floor && toks.get(j - 1).is(","))) {
            return text.span(j, j);
        }
        // "One in three said", "More than six in 10 said": a share of those polled.
        if (j - 2 >= floor && count(head) && toks.get(j - 1).is("in") && count(toks.get(j - 2))) {
            int k = j - 2;
            if (k - 2 >= floor && toks.get(k - 1).is("than") && (toks.get(k - 2).is("more") || toks.get(k - 2).is("fewer") || toks.get(k - 2).is("less"))) {
                k -= 2;
            } else if (k - 1 >= floor && (toks.get(k - 1).is("nearly") || toks.get(k - 1).is("about") || toks.get(k - 1).is("almost"))) {
                k--;
            }
            return text.span(k, j);
        }
        // "all agreed that", "many say", "others argue": a quantity standing for people.
        if (head.isWord() && (QUANTITY_SPEAKERS.contains(head.lower())) && (j == floor || isClauseEnd(toks.get(j - 1)))) return text.span(j, j);
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
                // "One of the officials said", "Some of the protesters say": the share speaks.
                if (k - 2 >= floor && toks.get(k - 1).is("of") && (Words.quantity(toks.get(k - 2).lower()) || toks.get(k - 2).is("none"))) k -= 2;
                // "Lee Jae-myung of the Democratic Party said": a name with its organisation.
                else if (l.equals("the") && k - 1 >= floor && toks.get(k - 1).is("of") && toks.get(j).capitalized()
                        && personBeforeOf(k - 1, floor)) {
                    k--;
                    continue;
                }
                break;
            } else if (l.equals("of") && k - 2 >= floor && (Words.quantity(toks.get(k - 2).lower())
                    || toks.get(k - 2).is("percent") || toks.get(k - 2).is("majority") || toks.get(k - 2).is("share")
                    || SHARES.contains(toks.get(k - 2).lower()))) {
                k--; // "46 percent of voters", "most of them", "two-thirds of voters", "a third of voters"
            } else if (APPROXIMATELY.contains(l) && k < j && (Words.quantity(toks.get(k).lower()) || toks.get(k).text().matches("\\d.*"))) {
                k--; // "About two-thirds of voters", "about 60 percent of voters"
                break;
            } else if (p.isWord() && Words.quantity(l)) {
                k--;
            } else if (p.isWord() && (Words.SPEAKER_NOUNS.contains(l) || Words.MODIFIERS.contains(l) || Words.adjectiveLike(l)
                    || possessive(l))) {
                k--;
            } else if (p.isWord() && toks.get(k).capitalized() && roleBeforeName(l)) {
                k--; // "Republican presidential front-runner Donald Trump", "co-host Mika Brzezinski"
            } else {
                // "Foreign policy analysts", "Several cast members": plain nouns before a common noun.
                int before = toks.get(k).capitalized() ? k - 1 : nounModifiersFrom(k - 1, floor);
                if (before == k - 1) break;
                k = before + 1;
            }
        }
        // A leading capitalised function word ("In", "But") is not part of the name.
        while (k < j && Words.PREPOSITIONS.contains(toks.get(k).lower())
                && !(APPROXIMATELY.contains(toks.get(k).lower()) && Words.quantity(toks.get(k + 1).lower()))) {
            k++;
        }
        while (k < j && Words.LEADING_PARTICLES.contains(toks.get(k).lower())) k++;
        // "About a third of voters said": the approximation before the share's article.
        if (toks.get(k).is("a") && k - 1 >= floor && k + 1 < j && SHARES.contains(toks.get(k + 1).lower())
                && APPROXIMATELY.contains(toks.get(k - 1).lower())) {
            k--;
        }
        // "After saying …", "Though she called …", "which in March imposed": a capitalised word that is not a name.
        if (k == j && (NOT_NAMES.contains(head.lower()) || Words.PREPOSITIONS.contains(head.lower()))) {
            return null;
        }
        // ("GOP primary voters saying …": a participle's phrase modifies the noun right before it.)
        if (cue < toks.size() && !toks.get(cue).lower().endsWith("ing")) k = subjectStartBefore(k, floor);
        // "Sen. Claire McCaskill (D-Mo.) said": the party label belongs to the speaker as written.
        int end = withParenthesis(j);
        return text.span(k, end < cue ? end : j);
    }

    /**
     * "A study by the liberal watchdog group Media Matters said", "The dean of Columbia's Graduate School of Journalism
     * said", "A lawmaker in the Philippines said": the phrase read so far is only the object of a preposition; the
     * subject is the noun phrase it modifies, when that phrase opens the clause. So with conjuncts before "and"
     * ("Clinton and the State Department said"). Returns the subject's first token.
     */
    private int subjectStartBefore(int k, int floor) {
        while (k - 2 >= floor) {
            if (toks.get(k - 1).is("and")) {
                int q = coordinatedBefore(k - 2, floor);
                if (q < 0) break;
                k = q;
                continue;
            }
            if (!HEAD_PREPOSITIONS.contains(toks.get(k - 1).lower())) break;
            int q = k - 2;
            Tok last = toks.get(q);
            // the head before the preposition: a noun, or a participle before "by" ("a survey conducted by …")
            if (!last.isWord() || Words.FUNCTION.contains(last.lower()) && !last.is("those") || Cues.at(toks, q) != null
                    && !(toks.get(k - 1).is("by") && last.lower().endsWith("ed"))) {
                break;
            }
            while (q - 1 >= floor && phraseWord(toks.get(q - 1))) q--;
            if (q - 1 >= floor && Words.DETERMINERS.contains(toks.get(q - 1).lower())) q--;
            if (q > floor && !mayPrecedeSubject(q - 1)) break;
            k = q;
        }
        return k;
    }

    /**
     * "Clinton and the State Department said", "labor unions, environmental groups, and many Democratic lawmakers say",
     * "Both Blocher and the SVP": the conjuncts before "and" (ending at {@code e}), when they open the clause. Returns
     * the first token of the whole subject, or -1.
     */
    private int coordinatedBefore(int e, int floor) {
        int q = e;
        int commas = 0;
        while (true) {
            if (q < floor) return -1;
            Tok t = toks.get(q);
            if (t.is(",") && q - 1 >= floor && toks.get(q - 1).isWord()) {
                commas++;
                q--;
                continue;
            }
            if (!(phraseWord(t) || Words.PERSON_PRONOUNS.contains(t.lower()) || t.is("they") || t.is("we"))) break;
            int r = q;
            while (r - 1 >= floor && phraseWord(toks.get(r - 1))) r--;
            if (r - 1 >= floor && Words.DETERMINERS.contains(toks.get(r - 1).lower())) r--;
            q = r - 1;
            if (q >= floor && toks.get(q).is(",")) continue;
            break;
        }
        int start = q + 1;
        // ("…, and the agency said": after a comma "and" joins a clause, unless a list of three or more went before.)
        if (start > e || toks.get(e).is(",") && commas < 2) return -1;
        if (q >= floor && BOTH.contains(toks.get(q).lower())) {
            start = q;
            q--;
        }
        // (A list opens its sentence: "After closed-door meetings, top donors and strategists laid …" is no list.)
        if (commas > 0 && q >= floor && !(toks.get(q).is(";") || toks.get(q).is(":"))) return -1;
        // ("… through equity or debt and Baker said": the conjunct is another clause's object.)
        if (q >= floor && (toks.get(q).is("or") || toks.get(q).is("and") || toks.get(q).is("nor"))) return -1;
        return q < floor || mayPrecedeSubject(q) ? start : -1;
    }

    private static final Set<String> BOTH = Set.of("both", "either", "neither");

    /**
     * A lower-case word that names a role before a name: a title, or an agent noun of a few endings ("front-runner",
     * "moderator", "co-host", "speechwriter", "columnist", "developer"), or "super" of "super PAC". Endings such as a bare
     * "-er" also end verbs ("remember", "prefer") and are left out.
     */
    private static boolean roleBeforeName(String l) {
        if (RoleWords.isTitle(l) || RoleWords.MODIFIERS.contains(l) || l.equals("super")) return true;
        return l.endsWith("runner") || l.endsWith("writer") || l.endsWith("host") || l.endsWith("ator") || l.endsWith("oper")
                || l.endsWith("holder") || l.length() >= 7 && (l.endsWith("ist") || l.endsWith("ress"));
    }

    /** A word inside a noun phrase before its head: capitalised, a quantity, a speaker noun, or a plain word. */
    private boolean phraseWord(Tok t) {
        String l = t.lower();
        if (!t.isWord() || Words.FUNCTION.contains(l) || Words.DETERMINERS.contains(l) || NOT_NAMES.contains(l)) return false;
        return !l.endsWith("ing") || t.capitalized();
    }

    /** Whether token {@code q} ends what comes before a subject: a clause's punctuation, a conjunction or a subordinator. */
    private boolean mayPrecedeSubject(int q) {
        Tok t = toks.get(q);
        return isClauseEnd(t) || t.isQuoteMark() || t.is("and") || t.is("but") || t.is("that") || NOT_NAMES.contains(t.lower())
                || Words.LEADING_PARTICLES.contains(t.lower());
    }

    private static final Set<String> HEAD_PREPOSITIONS = Set.of("of", "in", "by", "for", "from", "at", "on", "with");

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
                && !Words.DETERMINERS.contains(l) && !Words.lyAdverb(l) && !l.endsWith("ed") && !Words.PRONOUNS.contains(l)
                && !Words.AUXILIARIES.contains(l) && !Words.ADVERBS.contains(l) && !Character.isDigit(l.charAt(0))
                && !Cues.isOneWordCue(l);
    }

    /**
     * "The New York businessman", "the announcer", "a spokeswoman for the city": a determiner, then up to five
     * words ending in a noun, right before the cue and opening the clause; null otherwise.
     */
    TextSpan describedSpeakerBefore(int cue, int floor) {
        int head = cue - 1;
        // "The ad also says", "The network quickly reported": an adverb or two between the noun and its verb.
        for (int skipped = 0; skipped < 2 && head > floor && adverbBeforeVerb(toks.get(head)); skipped++) head--;
        String h = head < floor ? "" : toks.get(head).lower();
        // Not an adverb, a function word, a determiner or a possessive ("the North's state media": "state" is no cue
        // here; "denied the report": "report" is a noun).
        if (head < floor || !toks.get(head).isWord() || Words.FUNCTION.contains(h) || Words.ARTICLES.contains(h) || Words.lyAdverb(h)
                || possessive(h)) {
            return null;
        }
        for (int k = head - 1; k >= Math.max(floor, head - 10); k--) {
            Tok t = toks.get(k);
            // A possessive name works as a determiner: "Connecticut’s tax commissioner".
            boolean possessive = t.capitalized() && possessive(t.lower());
            // ("Ivana Trump's brief said": the owner's name may have words before its possessive one.)
            while (possessive && k - 1 >= floor && nameWord(toks.get(k - 1)) && k > head - 8) k--;
            if (Words.ARTICLES.contains(t.lower()) || Words.DETERMINERS.contains(t.lower()) || possessive) {
                // ("As one Twitter user pointed out, …": after the "as" that opens an attribution too.)
                if (opensClause(k, floor) || k - 1 >= floor && toks.get(k - 1).is("as") && opensClause(k - 1, floor)) return text.span(k, head);
                // "The transcript of the debate shows", "Video of the incident shows": the phrase goes on back
                // through "of" to what opens the clause.
                if (k - 2 >= floor && toks.get(k - 1).is("of")) {
                    k--;
                    continue;
                }
                return null;
            }
            if (k == floor && t.capitalized() && t.isWord() && head - k <= 4) return text.span(k, head); // "Polling averages show"
            if (!t.isWord() || Words.FUNCTION.contains(t.lower()) && !t.is("of")) return null;
        }
        return null;
    }

    /** A lower-case word that may modify a noun after it: not a pronoun, an auxiliary, "to" or another function word. */
    private static boolean plainModifier(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && !Words.FUNCTION.contains(l) && !Words.PRONOUNS.contains(l)
                && !Words.AUXILIARIES.contains(l) && !Words.PREPOSITIONS.contains(l) && !Words.lyAdverb(l);
    }

    private static boolean adverbBeforeVerb(Tok t) {
        String l = t.lower();
        return !t.capitalized() && (Words.ADVERBS.contains(l) || Words.lyAdverb(l) && l.length() > 4);
    }

    /** Token {@code k} is the full stop of a short capitalised abbreviation ("Md.", "Fla.", "Jr.", "No."). */
    private boolean abbreviationStop(int k) {
        if (k < 1 || !toks.get(k).is(".")) return false;
        Tok w = toks.get(k - 1);
        return w.isWord() && w.capitalized() && w.text().length() <= 4 && w.end() == toks.get(k).start();
    }

    /** Tokens [from, dash) are a dateline: a place in capitals, then perhaps its state and agency ("RENO, Nev. (AP)"). */
    private boolean datelineBefore(int from, int dash) {
        if (dash <= from || dash - from > 8) return false;
        Tok first = toks.get(from);
        if (!first.isWord() || first.text().length() < 3 || !first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))) return false;
        for (int k = from; k < dash; k++) {
            Tok t = toks.get(k);
            if (!(t.isWord() && t.capitalized() || t.is(",") || t.is("(") || t.is(")") || t.is("."))) return false;
        }
        return true;
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
        int closingTitle = toks.get(comma).isQuoteMark() ? titleOpening(comma, floor) : -1;
        int s = closingTitle > floor ? closingTitle : comma - 1;
        int openingTitle = toks.get(s).isQuoteMark() ? titleOpening(s, floor) : -1;
        if (openingTitle > floor) s = openingTitle;   // “The Apprentice”, said
        if (toks.get(s).is(")") && bracketOpening(s, floor) > floor) s = bracketOpening(s, floor);
        while (s > floor && s > comma - 40) {
            Tok t = toks.get(s - 1);
            // "Sen. Johnny Isakson (R-Ga.), one of …, said": a short label in brackets after the name is read over.
            int open = t.is(")") ? bracketOpening(s - 1, floor) : -1;
            if (open > floor) {
                s = open;
                continue;
            }
            // "a contestant on “The Apprentice,”": a title in quotation marks is read over.
            int title = t.isQuoteMark() ? titleOpening(s - 1, floor) : -1;
            if (title > floor) {
                s = title;
                continue;
            }
            // ("Donna Rawlings, 59, of Ashton, Md., who watched …, said": an abbreviation's full stop is no sentence end.)
            if (t.is(".") && !abbreviationStop(s - 1) || t.is(";") || t.is(":") || t.isQuoteMark() || t.is("(") || t.is(")")) break;
            // "WASHINGTON -- President Obama, dedicating the museum, said": the dateline is not the speaker's.
            if (SentenceTokens.isDash(t) && datelineBefore(floor, s - 1)) break;
            // "…, and Brian Deese, the climate adviser, said": a clause joined by ", and" starts after the conjunction.
            if ((t.is("and") || t.is("but")) && s - 2 > floor && toks.get(s - 2).is(",")) break;
            s--;
        }
        if (s >= comma) return null;
        // skip a leading conjunction or particle ("Even China, Pyongyang's only ally, said"), and an opening adverbial
        // up to its comma ("At Boca West, ...,")
        while (s < comma && Words.LEADING_PARTICLES.contains(toks.get(s).lower())) s++;
        // "As John Cornyn, the No. 2 in the GOP leadership, put it": "As" opens the clause; the name is the subject.
        // (Sentence-initial only: "…, as Eric Garner, gasping on a sidewalk, said" credits the quotation before it.)
        boolean asName = s + 1 < comma && toks.get(s).text().equals("As") && nameWord(toks.get(s + 1));
        if (asName) s++;
        while (!asName && s < comma && (Words.PREPOSITIONS.contains(toks.get(s).lower()) || Words.OPENERS.contains(toks.get(s).lower())
                        || openingParticiple(s, comma))
                && !(Words.quantity(toks.get(s).lower()) && s + 1 < comma && toks.get(s + 1).is("of")) // "One of the attorneys, X,"
                && !quantityOfPeople(s, comma)
                // "One Club for Growth ad, which …, argues": an opener word before a name is the name's.
                && !(!Words.PREPOSITIONS.contains(toks.get(s).lower()) && s + 1 < comma && nameWord(toks.get(s + 1)) && toks.get(s).capitalized())) {
            int c = s;
            while (c < comma && !toks.get(c).is(",")) c++;
            if (c >= comma - 1) break;
            s = c + 1;
        }
        int e = npForwardEnd(s);
        // "Many veterans, including …,": a quantity and plain nouns up to the apposition's comma.
        if (quantityOfPeople(s, comma)) {
            int m = s + 1;
            while (m < comma && toks.get(m).isWord() && !Words.FUNCTION.contains(toks.get(m).lower()) && Cues.at(toks, m) == null) m++;
            if (m < comma && toks.get(m).is(",") && m - s <= 4) e = m - 1;
        }
        // "Sen. Jack Reed (D-R.I.), said": a stray comma after the name and its label.
        if (e >= 0 && withParenthesis(e) == comma - 1) return text.span(s, comma - 1);
        if (e >= 0) e = withParenthesis(e);
        // "one of the family's attorneys, Justin Bamberg, said": a quantity of people opens the phrase.
        if (e < 0 && s + 1 < comma && Words.quantity(toks.get(s).lower()) && toks.get(s + 1).is("of")) e = s;
        // "A lawyer for the news outlets, David Schulz, said", "Officials at Homeland Security Investigations,
        // a division of …, said": a prepositional modifier runs to the apposition's comma.
        if (e >= 0 && e + 1 < comma && SUBJECT_PREPOSITIONS.contains(toks.get(e + 1).lower())) {
            int c = e + 1;
            while (c < comma && c - e <= 8 && !toks.get(c).is(",") && (toks.get(c).capitalized() || Cues.at(toks, c) == null)) c++;
            if (c < comma && toks.get(c).is(",")) e = c - 1;
        }
        if (e < 0 || e + 1 >= comma || !toks.get(e + 1).is(",")) return null;
        // "Austin, asked about the drills, said", "Kim, pressed on the issue, said": a past participle with its
        // preposition is an aside, as an -ing one is below, even when it is a verb of saying.
        Tok first = toks.get(e + 2);
        if (first.isWord() && !first.capitalized() && first.lower().endsWith("ed") && e + 3 < comma
                && Words.PREPOSITIONS.contains(toks.get(e + 3).lower())) {
            return text.span(s, e);
        }
        // "Trump, who has long denied wrongdoing, insisted …": a relative clause may hold a verb of saying of its own.
        boolean relative = toks.get(e + 2).is("who") || toks.get(e + 2).is("which");
        for (int k = e + 2; k < comma && !relative; k++) {
            // "Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, said": so may one later in the apposition.
            if (k > e + 2 && RELATIVES.contains(toks.get(k).lower())) break;
            // "a contestant on the show", "an author of the report": a cue word after a determiner is a noun.
            if (Words.DETERMINERS.contains(toks.get(k - 1).lower()) || possessive(toks.get(k - 1).lower())) continue;
            Cues.Form c = Cues.at(toks, k);
            // "a talk show host": so is the bare form after a plain word, a compound noun's part.
            if (c != null && c.words().length == 1 && toks.get(k).lower().equals(c.lemma()) && plainModifier(toks.get(k - 1))) continue;
            // another verb of saying: not an apposition; a fixed phrase ("Trump, in a statement, said") is not a verb
            if (c != null && !c.participle() && !c.weak() && !c.fixed()) return null;
        }
        // "Trump, in a statement on Tuesday, said", "Sanders, speaking in Ohio, said": an aside between commas
        // (a prepositional phrase, a participle, a day) is not part of the speaker as an apposition is.
        Tok aside = toks.get(e + 2);
        // "Many veterans, including Mr. Jebens, said": the ones named are among the speakers.
        if (aside.is("including")) return text.span(s, comma);
        if (aside.isWord() && !aside.capitalized() && (Words.PREPOSITIONS.contains(aside.lower()) || aside.lower().endsWith("ing"))
                || Words.WEEKDAYS.contains(aside.lower())) {
            return text.span(s, e);
        }
        return text.span(s, comma);
    }

    /** "Alarmed by the unrest in Nevada, Senator Harry Reid, …": a participle with its preposition opening the sentence. */
    private boolean openingParticiple(int k, int before) {
        if (k != 0 || k + 1 >= before || !toks.get(k).isWord()) return false;
        String l = toks.get(k).lower();
        return (l.endsWith("ed") || l.endsWith("ing")) && l.length() > 4 && Words.PREPOSITIONS.contains(toks.get(k + 1).lower());
    }

    /** "Many veterans", "Several Republicans": a quantity before a noun opens a speaker phrase, not an adverbial. */
    private boolean quantityOfPeople(int k, int before) {
        if (!QUANTITY_SPEAKERS.contains(toks.get(k).lower()) || k + 1 >= before) return false;
        Tok next = toks.get(k + 1);
        return next.isWord() && !Words.FUNCTION.contains(next.lower()) && !Words.TIME_WORDS.contains(next.lower());
    }

    static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

    /**
     * The comma closing an apposition that opens at the comma {@code open} ("Brian Deese, the climate adviser,"):
     * names and words that are no verb of saying, at most {@code maxOffset} tokens on and before {@code bound}, and
     * before a relative pronoun when {@code relativeEnds}; -1 when there is none.
     */
    int appositionClose(int open, int maxOffset, int bound, boolean relativeEnds) {
        int c = open + 1;
        while (c < bound && c - open <= maxOffset && toks.get(c).isWord() && (toks.get(c).capitalized() || Cues.at(toks, c) == null)
                && !(relativeEnds && RELATIVES.contains(toks.get(c).lower()))) {
            c++;
        }
        return c < bound && c > open + 1 && toks.get(c).is(",") ? c : -1;
    }

    /** Shares named by a fraction after an article: "a third of voters", "a quarter of them". */
    private static final Set<String> SHARES = Set.of("third", "quarter", "fifth", "tenth");

    private static final Set<String> APPROXIMATELY = Set.of("about", "roughly", "around", "almost", "nearly", "some", "over");

    /**
     * The index of the opening mark of a short title closing at {@code close} ("“The Apprentice,”": one to five
     * words, capitalised but for function words, an optional comma before the closing mark), or -1.
     */
    private int titleOpening(int close, int floor) {
        int k = close - 1;
        if (k > floor && toks.get(k).is(",")) k--;
        int words = 0;
        for (; k >= floor && close - k <= 7; k--) {
            Tok t = toks.get(k);
            if (t.isQuoteMark()) return words >= 1 && k < close - 1 ? k : -1;
            if (!t.isWord() || !t.capitalized() && !Words.FUNCTION.contains(t.lower())) return -1;
            words++;
        }
        return -1;
    }

    /**
     * Whether a person's name ends right before the "of" at {@code of}: two name words ("Lee Jae-myung"), or one
     * after an honorific ("Rep. Kim").
     */
    private boolean personBeforeOf(int of, int floor) {
        if (of - 1 < floor || !personWord(toks.get(of - 1))) return false;
        return of - 2 >= floor && (personWord(toks.get(of - 2)) || Words.HONORIFICS.contains(toks.get(of - 2).lower()));
    }

    private static boolean personWord(Tok t) {
        return nameWord(t) && !Words.SPEAKER_NOUNS.contains(t.lower());
    }

    /** The index of the "(" that a short bracket closing at {@code close} opens, or -1. */
    private int bracketOpening(int close, int floor) {
        for (int k = close - 1; k >= floor && close - k <= 8; k--) {
            if (toks.get(k).is("(")) return k;
            if (toks.get(k).is(")") || toks.get(k).isQuoteMark()) return -1;
        }
        return -1;
    }

    /** "Sen. Lindsey Graham (R-S.C.)": the index of a short parenthesis's ")" right after a name, else {@code npEnd}. */
    int withParenthesis(int npEnd) {
        if (npEnd + 1 >= toks.size() || !toks.get(npEnd + 1).is("(")) return npEnd;
        for (int k = npEnd + 2; k < toks.size() && k - npEnd <= 8; k++) {
            if (toks.get(k).is(")")) return k;
            if (toks.get(k).is("(") || toks.get(k).isQuoteMark()) return npEnd;
        }
        return npEnd;
    }

    /** After a name that follows the cue: its apposition runs to the end of the sentence ("said Jane Doe, a broker in Tampa"). */
    int appositionAfter(int npEnd) {
        // "said a longtime GOP data expert who has worked for ...": a relative clause runs to the end.
        if (npEnd + 1 < toks.size() && toks.get(npEnd + 1).is("who")) return lastWordBeforeEnd(npEnd);
        // "said one Democrat familiar with the discussion", "said one person with knowledge of the plan": a modifier
        // that says how the speaker knows runs to the end too.
        if (npEnd + 1 < toks.size() && (knowing(toks.get(npEnd + 1).lower())
                || npEnd + 2 < toks.size() && toks.get(npEnd + 1).is("with") && toks.get(npEnd + 2).is("knowledge"))) {
            return lastWordBeforeEnd(npEnd);
        }
        npEnd = withParenthesis(npEnd);
        if (npEnd + 2 >= toks.size() || !toks.get(npEnd + 1).is(",")) return npEnd;
        Tok next = toks.get(npEnd + 2);
        if (!next.isWord() || Words.PREPOSITIONS.contains(next.lower()) || Words.FUNCTION.contains(next.lower()) && !next.is("who")) {
            return npEnd;
        }
        int k = toks.size() - 1;
        while (k > npEnd && !toks.get(k).isWord() && !toks.get(k).isQuoteMark()) k--;
        for (int m = npEnd + 2; m <= k; m++) {
            // ("said Edward Leamer, an economist, “is that …”": an apposition closed by a comma before the quotation's
            // second part is the speaker's.)
            if (toks.get(m).isQuoteMark()) return toks.get(m - 1).is(",") && m - 2 > npEnd + 1 ? m - 1 : npEnd;
            Cues.Form c = Cues.at(toks, m);
            if (c != null && c.participle() && toks.get(m - 1).is(",")) return npEnd; // ", adding ..."
        }
        return k;
    }

    /** How a speaker stands to what was said: "close to", "familiar with", "involved in", "whose …". */
    private static boolean knowing(String l) {
        return NEAR_ADJECTIVES.contains(l) || l.equals("involved") || l.equals("whose");
    }

    private int lastWordBeforeEnd(int npEnd) {
        int k = toks.size() - 1;
        while (k > npEnd && !toks.get(k).isWord()) k--;
        for (int m = npEnd + 1; m <= k; m++) if (toks.get(m).isQuoteMark()) return npEnd;
        return k;
    }

    /** The speaker phrase starting at token {@code i} ("Kirby", "the minister"), or null. */
    TextSpan npAfter(int i) {
        int end = npForwardEnd(i);
        return end < 0 ? null : text.span(i, end);
    }

    /** "co-founder", "ex-president", "director-general": a hyphenated word for a person, by its last part or as a title. */
    static boolean hyphenatedSpeakerNoun(String lower) {
        int dash = lower.lastIndexOf('-');
        return dash > 0 && dash < lower.length() - 1
                && (Words.SPEAKER_NOUNS.contains(lower.substring(dash + 1)) || RoleWords.isTitle(lower));
    }

    int npForwardEnd(int i) {
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
            // "the two leaders", "the 12 senators": a number after the determiner.
            if (k == i + 1 && determiner && Words.quantity(l) && !l.equals("one") && k + 1 < toks.size() && toks.get(k + 1).isWord()) {
                k++;
                continue;
            }
            if (p.isWord() && (p.capitalized() || Words.SPEAKER_NOUNS.contains(l) || hyphenatedSpeakerNoun(l))) {
                lastHead = k;
            } else if ((l.equals("of") || l.equals("and")) && lastHead >= 0 && k + 1 < toks.size() && toks.get(k + 1).capitalized()) {
                // "Secretary of State", "Park and Blinken"
            } else if (l.equals("of") && lastHead >= 0 && k + 2 < toks.size() && toks.get(k + 1).is("the")
                    && toks.get(k + 2).capitalized() && !Words.SPEAKER_NOUNS.contains(toks.get(lastHead).lower())) {
                // "Mr. Morgan of the Sierra Club", "Secretary of the Treasury"; not "Critics of the EB-5 program"
                k++;
            } else if (p.isWord() && k - i < 6 && !Words.FUNCTION.contains(l) && !Words.DETERMINERS.contains(l)
                    && !(lastHead >= 0 && (Words.AUXILIARIES.contains(l)
                            || toks.get(lastHead).capitalized() && l.indexOf('-') < 0 && (l.endsWith("ed") || IRREGULAR_PAST.contains(l))))
                    && (Cues.at(toks, k) == null || Cues.at(toks, k).weak() && k + 1 < toks.size() && toks.get(k + 1).isWord())) {
                // (a weak cue word before another word is a modifier: "state media", "Post reporters"; a verb in the
                // past after a name, or an auxiliary after any head, is the clause's verb: "Moon thanked Biden", "The Wisconsin
                // Republican did give"; not "China's state-owned investment giant")
                // a modifier before the head: "super PAC spokeswoman", "a longtime GOP data expert",
                // "warm-and-fuzzy Trump" (not a determiner: "Obama mourned the people" is a clause, not a phrase)
            } else {
                break;
            }
            k++;
        }
        // "the New York businessman said", "the union wrote": after a determiner, the plain word right before
        // the cue is the head even when it is not a known speaker noun.
        if (determiner && k < toks.size() && k - 1 > i && Cues.at(toks, k) != null && toks.get(k - 1).isWord()
                && !toks.get(k - 1).capitalized() && !Words.FUNCTION.contains(toks.get(k - 1).lower())
                && !Words.lyAdverb(toks.get(k - 1).lower())) {
            lastHead = k - 1;
        }
        // The phrase ends with its last name or noun ("the Pentagon spokesman", not "the Pentagon spokesman briefly").
        return lastHead;
    }
}
