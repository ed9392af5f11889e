package io.pressroom.link;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a story is about, cheaply: the names an article repeats (runs of capitalised words in the
 * headline and the first paragraphs) and its quoted speakers. Stories are clustered on these, weighted
 * by rarity, rather than on all words, so two articles about the same summit meet and two articles
 * that merely both mention "the United States" do not.
 */
public final class StoryTerms {
    static final int MAX_TERMS = 12;
    private static final int LEAD_CHARS = 2500;
    private static final Pattern NAME = Pattern.compile(
            "\\b[A-Z][\\p{L}'’-]*\\p{L}(?:[ \\t]+(?:of[ \\t]+|de[ \\t]+|the[ \\t]+)?[A-Z][\\p{L}'’-]*\\p{L})*");
    /** Capitalised words that are not names: sentence openers, days, months, titles. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we",
            "i", "this", "that", "these", "those", "but", "and", "or", "if", "as", "for", "with", "by", "from", "after",
            "before", "when", "while", "his", "her", "their", "its", "our", "there", "here", "what", "who", "mr.", "mrs.",
            "ms.", "dr.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "also", "however", "meanwhile",
            "still", "yet", "so", "now", "one", "two", "last", "next", "according", "some", "many", "all", "both",
            "to", "of", "not", "no", "said", "says", "photo", "reuters", "yonhap", "ap", "afp", "ltd", "inc", "corp",
            "co", "news", "u.s.", "us", "about", "around", "nearly", "almost", "more", "most", "several", "only", "even",
            "just", "every", "each", "such", "other", "another", "since", "until", "during", "under", "over", "without",
            "within", "through", "against", "among", "despite", "instead", "although", "though", "because", "then",
            "thus", "why", "how", "where", "which", "you", "my", "your", "do", "does", "did", "is", "are", "was", "were");

    /** Titles before a name: "Defence Minister Lee Jong-sup" counts as "lee jong-sup". */
    private static final Set<String> TITLES = Set.of("minister", "president", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "chairwoman", "director", "general", "ambassador", "senator", "sen.", "governor",
            "gov.", "mayor", "chief", "prime", "deputy", "vice", "foreign", "defence", "defense", "state", "press",
            "commissioner", "king", "queen", "prince", "pope", "leader", "envoy", "representative", "rep.", "lawmaker",
            "judge", "justice", "attorney", "treasury", "finance", "trade", "home", "interior", "unification", "former",
            "acting", "first", "lady", "chancellor", "premier", "ceo", "executive", "officer", "commander", "admiral",
            "lt.", "col.", "sgt.", "gen.", "adm.", "capt.", "professor", "prof.", "dr", "sir", "lord", "rev.");
    /** A capitalised word opening a sentence or the text: a name only if the text never writes it in lower case. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?][\"”’)]?\\s+|\\n\\s*)$");

    private StoryTerms() { }

    public static List<String> of(Article a) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        String lead = a.body().length() > LEAD_CHARS ? a.body().substring(0, LEAD_CHARS) : a.body();
        Set<String> lowerCaseWords = new java.util.HashSet<>();
        Matcher lw = Pattern.compile("\\b\\p{Ll}[\\p{L}'’-]*").matcher(lead);
        while (lw.find()) lowerCaseWords.add(lw.group());
        for (String text : new String[] {a.headline() == null ? "" : a.headline(), lead}) {
            boolean headline = text != lead;
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                String name = m.group().replaceAll("['’]s?$", "").toLowerCase(Locale.ROOT);
                String[] words = name.split("\\s+");
                int from = 0;
                while (from < words.length - 1 && (NOT_NAMES.contains(words[from]) || TITLES.contains(words[from]))) from++;
                if (from > 0) name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
                if (name.length() < 3 || NOT_NAMES.contains(name) || TITLES.contains(name)) continue;
                // One capitalised word that opens a sentence (or a title-cased headline) is a name only if the
                // text never has it in lower case: "Opposition lawmakers ... the opposition" is not a name.
                if (name.indexOf(' ') < 0 && (headline || SENTENCE_START.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find())
                        && (lowerCaseWords.contains(name) || headline && !lead.contains(m.group()))) {
                    continue;
                }
                // A surname alone also counts toward the full name: "Kim" after "Kim Jong-un".
                counts.merge(name, 1, Integer::sum);
                firstSeen.putIfAbsent(name, firstSeen.size());
            }
        }
        for (Quote q : a.quotes()) {
            if (q.speaker() != null) counts.merge(q.speaker().toLowerCase(Locale.ROOT), 2, Integer::sum);
        }
        List<String> terms = new ArrayList<>(counts.keySet());
        terms.sort((x, y) -> {
            int c = Integer.compare(counts.get(y), counts.get(x));
            return c != 0 ? c : Integer.compare(firstSeen.getOrDefault(x, 1 << 20), firstSeen.getOrDefault(y, 1 << 20));
        });
        return terms.size() > MAX_TERMS ? List.copyOf(terms.subList(0, MAX_TERMS)) : List.copyOf(terms);
    }
}
