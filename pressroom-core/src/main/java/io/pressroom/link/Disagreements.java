package io.pressroom.link;

import io.pressroom.model.Article;
import io.pressroom.model.Flag;
import io.pressroom.model.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disagreements on dates and numbers: a caption dated on the article's day of another year (sample 001:
 * "Jan. 21, 2021" under a Jan. 21, 2022 dateline) or after publication; and between two copies of one
 * story, a sentence that is the same but for its figures.
 */
public final class Disagreements {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“A-Z0-9])|\\n\\s*\\n");
    /** Sentences this alike in their other words are the same sentence. */
    private static final double SAME_SENTENCE = 0.7;
    private static final int MIN_SENTENCE_WORDS = 6;

    private Disagreements() { }


    /**
     * Caption dates that contradict the article's own date: the article's day (by publication date or
     * dateline, which may differ by a time zone) in another year, or a day after publication.
     */
    public static List<Flag> withinArticle(Article a) {
        LocalDate published = a.published() == null ? null : a.published().date();
        if (published == null) return List.of();
        // The time stage's anchor: the dateline's day when there is one, else the publication day.
        LocalDate own = io.pressroom.time.TimeExpressions.anchor(a);
        List<Flag> flags = new ArrayList<>();
        for (String caption : a.captions()) {
            for (io.pressroom.model.Timex t : io.pressroom.time.TimeExpressions.find(caption, own)) {
                String written = t.span().of(caption);
                // Only dates the caption states in full: a bare "Tuesday" was resolved against the article itself.
                if (t.value() == null || !FULL_DAY.matcher(t.value()).matches() || !YEAR.matcher(written).find()) continue;
                LocalDate d = LocalDate.parse(t.value());
                boolean otherYear = d.getYear() != own.getYear()
                        && Math.abs(d.withYear(own.getYear()).toEpochDay() - own.toEpochDay()) <= 1;
                // A day of slack: the page's date may be in another time zone than the photo's.
                boolean afterPublication = d.isAfter(published.plusDays(1));
                if (otherYear || afterPublication) {
                    flags.add(new Flag("date", null, written, null, own.toString(),
                            "photo caption dated " + written + " but the article is dated " + own
                                    + (otherYear ? " (same day, another year)" : " (caption after publication)")));
                }
            }
        }
        return flags;
    }

    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /** Sentences of {@code a} that match a sentence of the other copy word for word except for their numbers. */
    public static List<Flag> betweenCopies(Article a, String otherId, String otherBody) {
        List<Sentence> theirs = sentences(otherBody);
        List<Flag> flags = new ArrayList<>();
        for (Sentence mine : sentences(a.body())) {
            if (mine.numbers.isEmpty() || mine.words.size() < MIN_SENTENCE_WORDS) continue;
            for (Sentence other : theirs) {
                if (other.numbers.isEmpty() || other.numbers.equals(mine.numbers)) continue;
                if (jaccard(mine.words, other.words) < SAME_SENTENCE) continue;
                // Only the figures that differ: "15" against "14", not the whole sentence's.
                List<String> onlyMine = new ArrayList<>(mine.numbers);
                onlyMine.removeAll(other.numbers);
                List<String> onlyTheirs = new ArrayList<>(other.numbers);
                onlyTheirs.removeAll(mine.numbers);
                if (onlyMine.isEmpty() || onlyTheirs.isEmpty()) break;
                String kind = mine.hasMonth || other.hasMonth ? "date" : "number";
                String value = String.join(" ", onlyMine);
                String otherValue = String.join(" ", onlyTheirs);
                flags.add(new Flag(kind, new TextSpan(mine.start, mine.end), value, otherId, otherValue,
                        "the same sentence in the other copy has " + otherValue + " where this one has " + value));
                break;
            }
        }
        return flags;
    }

    private record Sentence(int start, int end, Set<String> words, List<String> numbers, boolean hasMonth) { }

    private static List<Sentence> sentences(String body) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(body);
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : body.length();
            if (end > start) out.add(sentence(body, start, end));
            if (!found) break;
            start = m.end();
        }
        return out;
    }

    private static Sentence sentence(String body, int start, int end) {
        String s = body.substring(start, end);
        List<String> numbers = new ArrayList<>();
        Matcher n = NUMBER.matcher(s);
        while (n.find()) numbers.add(n.group());
        Set<String> words = new HashSet<>();
        boolean month = false;
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            words.add(w);
            if (w.length() >= 3 && MONTHS.containsKey(w.substring(0, 3)) && (w.length() == 3 || isMonthName(w))) month = true;
        }
        return new Sentence(start, end, words, numbers, month);
    }

    private static boolean isMonthName(String w) {
        return java.time.Month.of(MONTHS.get(w.substring(0, 3))).name().toLowerCase(Locale.ROOT).equals(w)
                || w.equals("sept");
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : shared / (double) union;
    }
}
