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
            "co", "news", "u.s.", "us");

    private StoryTerms() { }

    public static List<String> of(Article a) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        String lead = a.body().length() > LEAD_CHARS ? a.body().substring(0, LEAD_CHARS) : a.body();
        for (String text : new String[] {a.headline() == null ? "" : a.headline(), lead}) {
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                String name = m.group().replaceAll("['’]s?$", "").toLowerCase(Locale.ROOT);
                String first = name.split("\\s+")[0];
                if (NOT_NAMES.contains(first)) {
                    name = name.substring(first.length()).strip();
                    if (name.isEmpty()) continue;
                }
                if (name.length() < 3 || NOT_NAMES.contains(name)) continue;
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
