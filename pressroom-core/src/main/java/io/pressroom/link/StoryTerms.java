package io.pressroom.link;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.text.RoleWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a story is about, cheaply: the names an article repeats — the people, organisations and places
 * the entity stage found in its first paragraphs, or, for an article that did not go through that stage,
 * runs of capitalised words in the headline and the first paragraphs — and its quoted speakers. Stories are clustered on these, weighted
 * by rarity, rather than on all words, so two articles about the same summit meet and two articles
 * that merely both mention "the United States" do not.
 */
public final class StoryTerms {
    static final int MAX_TERMS = 12;
    private static final int LEAD_CHARS = 2500;
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

    private StoryTerms() { }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    /**
     * Runs of capitalised words ("Antony Blinken", "Bank of England"), scanned by hand: this runs once per
     * article on every ingest, where regular expressions cost more than the rest of linking.
     */
    private static void names(String text, boolean headline, String lead, Map<String, Integer> counts, Map<String, Integer> firstSeen) {
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        List<int[]> run = new ArrayList<>();
        boolean runAtSentenceStart = false;
        while (i <= n) {
            // Skip to the next word, noting whether only spaces lie between it and the previous one.
            boolean onlySpaces = true;
            boolean startsSentence = i == 0;
            int j = i;
            while (j < n && !Character.isLetter(text.charAt(j))) {
                char c = text.charAt(j);
                if (c != ' ' && c != '\t') onlySpaces = false;
                if (c == '.' || c == '!' || c == '?' || c == '\n') startsSentence = true;
                j++;
            }
            int end = j;
            while (end < n && wordChar(text.charAt(end))) end++;
            boolean capital = j < n && Character.isUpperCase(text.charAt(j));
            boolean connector = j < n && !capital && end - j <= 3 && isConnector(text, j, end);
            boolean continues = !run.isEmpty() && onlySpaces && j < n;
            if (capital && continues) {
                run.add(new int[] {j, end});
            } else if (connector && continues) {
                run.add(new int[] {j, end, 1});
            } else {
                flush(text, run, runAtSentenceStart || headline, headline, lead, counts, firstSeen);
                run.clear();
                if (capital) {
                    run.add(new int[] {j, end});
                    runAtSentenceStart = startsSentence || sentenceStart;
                }
            }
            sentenceStart = false;
            if (j >= n) break;
            i = end;
        }
        flush(text, run, runAtSentenceStart || headline, headline, lead, counts, firstSeen);
    }

    /** True when at least half of the paragraph's words start in lower case. */
    static boolean prose(String paragraph) {
        int lower = 0;
        int words = 0;
        boolean start = true;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (Character.isLetter(c)) {
                if (start) {
                    words++;
                    if (Character.isLowerCase(c)) lower++;
                }
                start = false;
            } else if (!wordChar(c)) {
                start = true;
            }
        }
        return words > 0 && lower * 2 >= words;
    }

    private static boolean isConnector(String text, int from, int to) {
        String w = text.substring(from, to);
        return w.equals("of") || w.equals("de") || w.equals("the");
    }

    private static void flush(String text, List<int[]> run, boolean atSentenceStart, boolean headline, String lead,
                              Map<String, Integer> counts, Map<String, Integer> firstSeen) {
        while (!run.isEmpty() && run.get(run.size() - 1).length == 3) run.remove(run.size() - 1);
        if (run.isEmpty()) return;
        String written = text.substring(run.get(0)[0], run.get(run.size() - 1)[1]);
        // Lower case, possessive and periods dropped ("Kim's" = "kim", "U.S." = "us"), words split on white space:
        // by hand, as this runs for every capitalised word of every article.
        int end = written.length();
        if (end > 2 && (written.charAt(end - 1) == 's' || written.charAt(end - 1) == 'S')
                && (written.charAt(end - 2) == '\'' || written.charAt(end - 2) == '’')) {
            end -= 2;
        } else if (end > 1 && (written.charAt(end - 1) == '\'' || written.charAt(end - 1) == '’')) {
            end -= 1;
        }
        StringBuilder b = new StringBuilder(end);
        List<String> wordList = new ArrayList<>(4);
        int wordStart = 0;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? written.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (b.length() > wordStart) {
                    wordList.add(b.substring(wordStart));
                    b.append(' ');
                    wordStart = b.length();
                }
            } else if (c != '.') {
                b.append(Character.toLowerCase(c));
            }
        }
        String[] words = wordList.toArray(new String[0]);
        String name = String.join(" ", words);
        // "Defence Minister Lee Jong-sup", "Secretary of State Antony Blinken": the words after the last title
        // (and its "of State") are the name; "State Department", with no title, stays whole.
        int from = 0;
        while (from < words.length - 1 && NOT_NAMES.contains(words[from])) from++;
        for (int k = words.length - 2; k >= from; k--) {
            // Titles before a name ("Defence Minister Lee Jong-sup" counts as "lee jong-sup"), and the words that
            // may follow a title ("Secretary of State Antony Blinken"): the shared role lexicon.
            if (RoleWords.isTitle(words[k])) {
                from = k + 1;
                while (from < words.length - 1 && (RoleWords.MODIFIERS.contains(words[from]) || words[from].equals("of")
                        || words[from].equals("the"))) {
                    from++;
                }
                break;
            }
        }
        if (from > 0) name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        if (name.length() < 3 || NOT_NAMES.contains(name) || RoleWords.isTitle(name)) return;
        // One capitalised word that opens a sentence (or a title-cased headline) is a name only if the
        // text never has it in lower case: "Opposition lawmakers ... the opposition" is not a name.
        if (name.indexOf(' ') < 0 && atSentenceStart && (containsWord(lead, name) || headline && !lead.contains(written))) return;
        counts.merge(name, 1, Integer::sum);
        firstSeen.putIfAbsent(name, firstSeen.size());
    }

    /** True when {@code word} (lower case) occurs in {@code text} as a whole word. */
    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean before = at == 0 || !wordChar(text.charAt(at - 1));
            boolean after = at + word.length() >= text.length() || !wordChar(text.charAt(at + word.length()));
            if (before && after) return true;
        }
        return false;
    }

    public static List<String> of(Article a) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        String lead = a.body().length() > LEAD_CHARS ? a.body().substring(0, LEAD_CHARS) : a.body();
        if (!a.entities().isEmpty()) {
            fromEntities(a, lead.length(), counts, firstSeen);
            return ranked(a, counts, firstSeen);
        }
        // An all-capitals headline (wire style) has no names to tell apart from its other words.
        if (a.headline() != null && !a.headline().equals(a.headline().toUpperCase(Locale.ROOT))) {
            names(a.headline(), true, lead, counts, firstSeen);
        }
        for (String paragraph : lead.split("\n\\s*\n")) {
            // Tables and notices ("Qtly div 73 cts vs 73 cts prior Pay March 31 Record March 16") capitalise
            // their labels; only prose, where most words are lower case, is read for names.
            if (prose(paragraph)) names(paragraph, false, lead, counts, firstSeen);
        }
        return ranked(a, counts, firstSeen);
    }

    /**
     * The people, organisations and places the entity stage found in the lead's prose, by their resolved
     * names ("Kirby" and "John Kirby" count as one), when the article went through that stage.
     */
    private static void fromEntities(Article a, int leadEnd, Map<String, Integer> counts, Map<String, Integer> firstSeen) {
        List<io.pressroom.model.TextSpan> proseParagraphs = new ArrayList<>();
        for (io.pressroom.model.TextSpan p : a.paragraphs()) {
            if (p.start() < leadEnd && prose(a.text(p))) proseParagraphs.add(p);
        }
        for (io.pressroom.model.Mention m : a.entities()) {
            if (m.span().start() >= leadEnd || m.type().equals(io.pressroom.model.Mention.MISC)) continue;
            boolean inProse = false;
            for (io.pressroom.model.TextSpan p : proseParagraphs) {
                if (p.start() <= m.span().start() && m.span().end() <= p.end()) {
                    inProse = true;
                    break;
                }
            }
            if (!inProse) continue;
            String name = m.name().toLowerCase(Locale.ROOT);
            counts.merge(name, 1, Integer::sum);
            firstSeen.putIfAbsent(name, m.span().start());
        }
    }

    private static List<String> ranked(Article a, Map<String, Integer> counts, Map<String, Integer> firstSeen) {
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
