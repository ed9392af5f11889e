package io.pressroom.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's body metric (and {@code ../shared/data/html/score.py --wcxb}): bag-of-words precision,
 * recall and F1 over lower-cased {@code \w+} tokens of one page, averaged over pages by the caller.
 */
public final class WordOverlap {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{Mn}\\p{Mc}_]+");

    private WordOverlap() { }

    /** {precision, recall, f1} of a predicted text against a reference text. */
    public static double[] prf(String predicted, String reference) {
        Map<String, Integer> ref = counts(reference);
        Map<String, Integer> pred = counts(predicted);
        int nr = ref.values().stream().mapToInt(Integer::intValue).sum();
        int np = pred.values().stream().mapToInt(Integer::intValue).sum();
        if (nr == 0) return np == 0 ? new double[] {1, 1, 1} : new double[] {0, 0, 0};
        if (np == 0) return new double[] {0, 0, 0};
        int overlap = 0;
        for (var e : pred.entrySet()) overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        double p = (double) overlap / np;
        double r = (double) overlap / nr;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> m = new HashMap<>();
        if (text == null) return m;
        Matcher x = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (x.find()) m.merge(x.group(), 1, Integer::sum);
        return m;
    }

    /** score.py's metadata comparison: whitespace- and case-normalised equality. */
    public static String normalise(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
