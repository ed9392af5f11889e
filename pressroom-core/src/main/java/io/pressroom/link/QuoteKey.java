package io.pressroom.link;

import io.pressroom.text.NumberWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a quotation, normalised for comparing reports of it: case, punctuation and quote marks
 * do not count; an ellipsis splits the words into pieces that must each appear, in order, in a fuller
 * report. {@link #grams()} are the hashes by which candidate reports are looked up.
 */
public final class QuoteKey {
    /** Word n-grams for lookup: a fragment shorter than this can only meet a report of the same length. */
    static final int GRAM = 5;
    /** A fragment must have this many words to count as a report of a longer statement. */
    static final int MIN_FRAGMENT_WORDS = 5;
    /** Exact repeats shorter than this ("very good") are too common to be one statement. */
    static final int MIN_WORDS = 3;

    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\s?\\.\\s?\\.|…|\\[\\s*\\.\\.\\.\\s*]");

    /** Figures in digits, and the small numbers newswires spell out ("up three cts", "four times"). */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,/-]\\d+)*|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|quarter|third)\\b", Pattern.CASE_INSENSITIVE);

    private final String text;
    private final long[][] pieces;
    private final long[] words;
    private final java.util.Set<String> figures = new java.util.HashSet<>();

    private QuoteKey(String text, long[][] pieces) {
        this.text = text;
        this.pieces = pieces;
        java.util.regex.Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String f = m.group().toLowerCase(java.util.Locale.ROOT);
            Integer spelled = NumberWords.value(f);
            figures.add(spelled == null ? f : spelled.toString()); // "ten pct" is "10 pct"
        }
        int n = 0;
        for (long[] p : pieces) n += p.length;
        words = new long[n];
        int at = 0;
        for (long[] p : pieces) {
            System.arraycopy(p, 0, words, at, p.length);
            at += p.length;
        }
    }

    public static QuoteKey of(String text) {
        List<long[]> pieces = new ArrayList<>();
        int[] count = new int[1];
        for (String piece : ELLIPSIS.split(text)) {
            long[] w = WordHashes.of(piece, 0, piece.length(), count);
            if (count[0] > 0) pieces.add(Arrays.copyOf(w, count[0]));
        }
        return new QuoteKey(text, pieces.toArray(new long[0][]));
    }

    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]+)[\"“”]");

    /**
     * The key of a quotation as the Linker compares it: for a mixed quotation (reported speech with quoted
     * words) only its quoted words count, joined like pieces of a trimmed quotation.
     */
    public static QuoteKey ofQuotation(String text, boolean mixed) {
        if (mixed) {
            java.util.StringJoiner quoted = new java.util.StringJoiner(" … ");
            java.util.regex.Matcher m = QUOTED.matcher(text);
            while (m.find()) quoted.add(m.group(1));
            if (quoted.length() > 0) return of(quoted.toString());
        }
        return of(text);
    }

    public int length() {
        return words.length;
    }

    /** True when both state figures and they are not the same: "30 mln" is not the same statement as "451 mln". */
    public boolean figuresDiffer(QuoteKey other) {
        return !figures.isEmpty() && !other.figures.isEmpty() && !figures.equals(other.figures);
    }

    /** Words a finished phrase does not end with ("that", "in", "on" can: "we will not accept that", "give in"). */
    private static final java.util.Set<String> OPEN_ENDINGS = java.util.Set.of("the", "a", "an", "of", "to", "for", "from",
            "at", "by", "with", "and", "or", "its", "their", "his", "her", "our", "than", "into");

    /**
     * True when the words stop where a sentence cannot ("sales for the first nine weeks of its"): a quotation
     * cut off by the extractor, whose remaining words are too generic to stand for one statement elsewhere.
     */
    public boolean cutOff() {
        String t = text.strip();
        int i = t.length();
        while (i > 0 && !Character.isLetterOrDigit(t.charAt(i - 1))) i--;
        if (i < t.length() && ".!?\"”".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        int j = i;
        while (j > 0 && Character.isLetter(t.charAt(j - 1))) j--;
        return OPEN_ENDINGS.contains(t.substring(j, i).toLowerCase(java.util.Locale.ROOT));
    }

    /** Words of the shorter of the two. */
    int shorter(QuoteKey other) {
        return Math.min(words.length, other.words.length);
    }

    /** True when it is long enough to be linked to other reports at all. */
    public boolean linkable() {
        return words.length >= MIN_WORDS;
    }

    /** Lookup hashes: every 5-word window inside a piece; a shorter quotation has one hash of all its words. */
    public long[] grams() {
        if (words.length < GRAM) {
            long h = 17;
            for (long w : words) h = WordHashes.pair(h, w);
            return linkable() ? new long[] {h} : new long[0];
        }
        long[] out = new long[words.length];
        int n = 0;
        for (long[] p : pieces) {
            for (int i = 0; i + GRAM <= p.length; i++) {
                long h = 31;
                for (int k = 0; k < GRAM; k++) h = WordHashes.pair(h, p[i + k]);
                out[n++] = h;
            }
        }
        long[] grams = Arrays.stream(out, 0, n).distinct().toArray();
        return grams;
    }

    /**
     * How this report's wording relates to another's, or null when they are not the same words:
     * "same" (identical characters), "punctuation" (same words), "trimmed" (this one leaves words out with an
     * ellipsis), "fragment" (a contiguous part of the other), "longer" (the other is a part of this one),
     * "variant" (a few words differ).
     */
    public String compareTo(QuoteKey other) {
        if (!linkable() || !other.linkable()) return null;
        if (Arrays.equals(words, other.words)) return text.equals(other.text) ? "same" : "punctuation";
        if (words.length >= MIN_FRAGMENT_WORDS && containedIn(other)) return pieces.length > 1 ? "trimmed" : "fragment";
        if (other.words.length >= MIN_FRAGMENT_WORDS && other.containedIn(this)) return "longer";
        int longest = Math.max(words.length, other.words.length);
        if (Math.min(words.length, other.words.length) >= 6 && lcs(words, other.words) >= 0.85 * longest) return "variant";
        return null;
    }

    /** Every piece appears in the other's words, contiguously, in order and without overlap. */
    private boolean containedIn(QuoteKey other) {
        int from = 0;
        for (long[] p : pieces) {
            int at = indexOf(other.words, p, from);
            if (at < 0) return false;
            from = at + p.length;
        }
        return true;
    }

    private static int indexOf(long[] hay, long[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) if (hay[i + k] != needle[k]) continue outer;
            return i;
        }
        return -1;
    }

    /** Length of the longest common subsequence of words. */
    private static int lcs(long[] a, long[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (long x : a) {
            for (int j = 1; j <= b.length; j++) cur[j] = x == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    public String text() {
        return text;
    }
}
