package io.pressroom.quote;

import io.pressroom.text.Resources;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Closed word classes used to find speaker phrases around a cue. */
final class Words {
    static final Set<String> SPEAKER_NOUNS = new HashSet<>();

    static {
        for (String line : Resources.lines(Words.class, "speaker-nouns.txt")) SPEAKER_NOUNS.addAll(List.of(line.split("\\s+")));
    }

    static final Set<String> PRONOUNS = set("he", "she", "they", "we", "i", "it", "you", "who", "which");
    static final Set<String> PERSON_PRONOUNS = set("he", "she");
    static final Set<String> DETERMINERS = set("the", "a", "an", "this", "these", "those", "his", "her", "its",
            "their", "our", "my", "your", "another", "other", "some", "many", "several", "two", "three", "most", "one", "each", "every");
    /** Numbers and quantities that open a speaker phrase: "46 percent of voters", "one in four". */
    static boolean quantity(String lower) {
        return !lower.isEmpty() && Character.isDigit(lower.charAt(0)) || NUMBER_WORDS.contains(lower) || FRACTION.matcher(lower).matches();
    }

    /** "two-thirds", "three-quarters", "one-fifth". */
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile(
            "(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?)");

    static final Set<String> NUMBER_WORDS = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "dozen", "dozens", "hundreds", "thousands", "half", "most", "many", "some", "several", "few", "both", "all");

    /** Articles, demonstratives and possessives: they open a noun phrase and never head one. */
    static final Set<String> ARTICLES = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
            "their", "our", "my", "your");
    static final Set<String> AUXILIARIES = set("has", "have", "had", "will", "would", "could", "can", "may", "might",
            "should", "must", "did", "does", "do", "is", "was", "were", "are", "be", "been", "being", "am", "not", "never",
            "has", "also", "long", "since");
    static final Set<String> ADVERBS = set("also", "however", "earlier", "recently", "later", "again", "further",
            "previously", "repeatedly", "then", "still", "once", "even", "reportedly", "publicly", "privately", "separately",
            "additionally", "similarly", "often", "always", "already", "just", "now", "today", "yesterday", "tonight",
            "meanwhile", "too", "first", "initially", "subsequently", "immediately", "quickly", "flatly", "bluntly", "openly",
            "explicitly", "directly", "simply", "clearly", "strongly", "firmly", "specifically", "particularly", "ultimately");
    static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    static final Set<String> TIME_WORDS = set("on", "last", "this", "week", "month", "year", "morning", "afternoon",
            "evening", "night", "weekend", "earlier", "later", "today", "yesterday", "tonight", "recently", "previously");
    static final Set<String> MODIFIERS = set("top", "senior", "former", "chief", "deputy", "acting", "press", "state",
            "foreign", "defense", "defence", "national", "security", "military", "government", "federal", "presidential",
            "local", "new", "white", "house", "department", "ministry", "intelligence", "health", "finance", "trade",
            "interior", "justice", "education", "unification", "assistant", "vice", "prime", "general", "executive",
            "campaign", "party", "opposition", "ruling", "left", "right", "wing", "u.s.", "us", "news", "media", "police",
            "independent", "anonymous", "unnamed", "administration", "white house", "congressional", "election", "world",
            "likely", "registered", "eligible", "undecided", "unaffiliated",
            // people described by age, sex, place or leaning: "two-thirds of young people", "older voters"
            "young", "younger", "old", "older", "female", "male", "black", "rural", "urban", "suburban", "wealthy", "poor",
            "conservative", "liberal", "moderate", "evangelical");
    /** Cue lemmas that take a person object before their content: "told reporters that". */
    /** Prepositions of time or occasion: "said after the convention he …", "Asked on Fox News who …". */
    static final Set<String> OCCASION_PREPOSITIONS = set("after", "before", "during", "at", "in", "on", "following", "since");
    /**
     * Cues that judge their object, and say why after a preposition: "accused X of", "blamed X for", "praised X as"; a
     * "that" after the object is a relative clause of it ("praised the plan that …"), not what was said.
     */
    static final Set<String> JUDGING_CUES = set("accuse", "praise", "criticize", "criticise", "thank", "congratulate", "blame", "warn");
    /**
     * Whether a cue takes what was said as the object of this preposition right after it: "speculated about the cost",
     * "warned of a crisis", "apologized for the breach", "responded with chants of …", "commented on the ruling".
     */
    static boolean prepositionalComplement(String lemma, String preposition) {
        Set<String> verbs = PREPOSITIONAL_COMPLEMENTS.get(preposition);
        return verbs != null && verbs.contains(lemma);
    }

    // Only cues of the lexicon (strong ones: a weak verb such as "advocate" or "post" is as often a noun before these).
    private static final java.util.Map<String, Set<String>> PREPOSITIONAL_COMPLEMENTS = java.util.Map.of(
            "about", set("speculate", "complain", "worry", "warn", "write", "joke", "boast", "brag", "testify", "comment", "tweet",
                    "muse", "wonder", "caution"),
            "of", set("warn", "boast", "complain", "caution", "write"),
            "for", set("apologize", "argue", "plead", "beg"),
            "on", set("comment", "elaborate", "remark", "insist", "write", "report", "testify", "opine"),
            "with", set("respond", "reply", "agree", "disagree"),
            "against", set("warn", "argue", "caution", "testify"),
            "to", set("respond", "reply", "apologize", "admit", "testify"));

    /** Possessive pronouns: an owner before a noun ("his claim", "Trump and his aides"). */
    static final Set<String> POSSESSIVES = set("his", "her", "their", "its", "my", "our", "your");
    /**
     * Words that may open a clause before its subject and are not part of it: "But officials said", "Even the
     * organizer of the rally said", "Then, last week, …".
     */
    static final Set<String> LEADING_PARTICLES = set("but", "and", "yet", "still", "even", "then", "so", "now");
    static final Set<String> OBJECT_CUES = set("tell", "ask", "urge", "warn", "remind", "inform", "assure", "reassure",
            "brief", "notify", "call on", "thank", "accuse", "praise", "criticize", "criticise", "congratulate", "implore",
            "beg", "instruct", "order", "advise", "caution", "encourage", "convince", "persuade", "blame");
    /** Cues whose complement is a clause ("said the economy grew and added jobs"), not an object they judge or name. */
    static final Set<String> CLAUSE_CUES = set("say", "tell", "add", "note", "claim", "argue", "insist", "suggest", "warn",
            "explain", "believe", "think", "predict", "promise", "vow", "pledge", "assert", "declare", "announce", "report",
            "write", "tweet", "acknowledge", "admit", "concede", "deny", "state", "recall", "reiterate", "complain", "know",
            "feel", "hope", "fear", "agree", "show", "find", "stress", "emphasize", "emphasise", "contend", "maintain", "estimate");
    /** Participial cues that continue the previous attribution: ", adding that ...". */
    static final Set<String> CONTINUING = set("add", "say", "tell", "note", "stress", "cite", "call", "urge", "argue", "explain",
            "warn", "insist", "refer to", "point out", "emphasize", "emphasise", "suggest", "claim", "describe", "ask",
            "acknowledge", "reiterate", "underline", "underscore", "highlight", "continue", "write", "tweet",
            "promise", "vow", "pledge", "predict", "deny", "admit", "concede", "declare", "complain", "recall", "accuse", "blame",
            "state", "question", "criticize", "attack", "mock", "slam", "praise", "applaud", "announce", "mention", "reference",
            "repeat", "remark", "echo", "challenge", "encourage", "respond", "call for", "call on");
    /** Words that never sit inside a speaker phrase: verbs of being, prepositions, conjunctions, pronouns. */
    static final Set<String> FUNCTION = set("is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would",
            "could", "should", "can", "may", "might", "must", "do", "does", "did", "not", "in", "at", "on", "to", "of", "for",
            "from", "by", "with", "about", "as", "and", "or", "but", "if", "when", "while", "that", "which", "who", "whom",
            "whose", "what", "where", "why", "how", "it", "he", "she", "they", "we", "i", "you", "this", "there", "then",
            "than", "so", "because", "after", "before", "also", "just", "only", "even", "still", "said", "says", "say");
    /** Capitalised only because they open a sentence: never a speaker ("There", "Despite", "But"). */
    static final Set<String> OPENERS = set("there", "despite", "and", "but", "however", "meanwhile", "also", "yet", "so",
            "now", "then", "here", "while", "although", "though", "still", "instead", "indeed", "if", "when", "as", "after",
            "before", "since", "because", "in", "on", "at", "for", "with", "without", "under", "over", "this", "that", "these",
            "those", "it", "its", "such", "many", "some", "most", "all", "both", "each", "every", "other", "others", "what",
            "why", "how", "where", "who", "which", "one", "another", "last", "next", "first", "today", "yesterday", "to", "by",
            "from", "during", "please", "let", "unlike", "like", "thanks", "or", "nor", "no", "not", "yes", "don't", "don’t");
    /** Honorifics that are not part of a name: "Mr Blair" is Tony Blair. */
    static final Set<String> HONORIFICS = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord",
            "lady", "prof", "prof.");
    /** Conjunctions that open a subordinate clause ("after", "although", "unless"). */
    static final Set<String> SUBORDINATORS = set("after", "before", "when", "while", "although", "though", "if", "since",
            "because", "once", "until", "unless", "whereas");
    static final Set<String> PREPOSITIONS = set("in", "at", "during", "on", "to", "of", "while", "after", "before",
            "with", "when", "from", "for", "by", "about", "as", "through", "via", "over", "amid", "following");

    private Words() { }

    private static Set<String> set(String... words) {
        return Set.copyOf(new HashSet<>(List.of(words)));
    }

    /**
     * Whether a word in "-ly" is an adverb ("quickly", "publicly"): not the nouns, verbs and adjectives that end so
     * ("The family said", "allies rally", "they reply"), the commonest of them in PolNeAR train's texts.
     */
    static boolean lyAdverb(String lower) {
        return lower.endsWith("ly") && !LY_NOT_ADVERBS.contains(lower);
    }

    private static final Set<String> LY_NOT_ADVERBS = set("family", "rally", "ally", "fly", "apply", "rely", "bully", "tally",
            "supply", "reply", "assembly", "imply", "comply", "multiply", "anomaly", "gadfly", "monopoly", "elderly", "belly",
            "jelly", "lily", "folly", "homily", "friendly", "deadly", "costly", "ugly", "lonely", "silly", "lively", "timely",
            "holy", "burly", "curly", "wily", "surly");

    static boolean adjectiveLike(String lower) {
        return lower.endsWith("al") || lower.endsWith("an") || lower.endsWith("ese") || lower.endsWith("ic")
                || lower.endsWith("ive") || lower.endsWith("ish") || lower.endsWith("ary") || lower.endsWith("ian");
    }
}
