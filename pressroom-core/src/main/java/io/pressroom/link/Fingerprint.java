package io.pressroom.link;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What near-duplicate detection keeps of an article: the MinHash signature of its word bigrams, how many
 * distinct bigrams it has (so containment can be estimated: a short version inside a long one), and the
 * figures it states. Figures tell template stories apart: two daily market reports or two dividend
 * notices share most bigrams but not their numbers, while a syndicated copy keeps nearly all of them.
 *
 * @param minhash  the signature ({@link MinHash#HASHES} values)
 * @param shingles distinct word bigrams
 * @param numbers  hashes of the distinct figures ("1,200", "6-1/16", "2022"), sorted, at most {@link #MAX_NUMBERS}
 */
public record Fingerprint(int[] minhash, int shingles, long[] numbers, long[] lead) {
    static final int MAX_NUMBERS = 64;
    /**
     * Lead keys: hashes of the 12 words starting at each of the first 8 words. Versions of one story
     * (shortened, extended, or behind another outlet's dateline) keep their lead sentence, so these find
     * them as candidates even when their bigram Jaccard is too low for the LSH bands to.
     */
    static final int LEAD_WORDS = 12;
    static final int LEAD_STARTS = 8;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,/-]\\d+)*");

    /** The fingerprint of a body, or null when it is too short to compare. */
    public static Fingerprint of(CharSequence text) {
        int[] count = new int[1];
        int[] sig = MinHash.signature(text, count);
        if (sig == null) return null;
        int[] wc = new int[1];
        long[] words = WordHashes.of(text, 0, Math.min(text.length(), 400), wc);
        int starts = Math.max(0, Math.min(LEAD_STARTS, wc[0] - LEAD_WORDS + 1));
        long[] lead = new long[starts];
        for (int i = 0; i < starts; i++) {
            long h = 0x1eadL;
            for (int k = 0; k < LEAD_WORDS; k++) h = WordHashes.pair(h, words[i + k]);
            lead[i] = h;
        }
        Matcher m = NUMBER.matcher(text);
        long[] nums = new long[16];
        int n = 0;
        while (m.find()) {
            if (n == nums.length) nums = Arrays.copyOf(nums, n * 2);
            long h = 1125899906842597L;
            for (int i = m.start(); i < m.end(); i++) h = 31 * h + text.charAt(i);
            nums[n++] = WordHashes.mix(h);
        }
        long[] distinct = Arrays.stream(nums, 0, n).distinct().sorted().limit(MAX_NUMBERS).toArray();
        return new Fingerprint(sig, count[0], distinct, lead);
    }

    /** Whether figures make up a third or more of the text's bigrams: a price table or a results sheet. */
    public boolean isTable() {
        return numbers.length * 3 >= shingles;
    }

    public double similarity(Fingerprint other) {
        return MinHash.similarity(minhash, other.minhash);
    }

    /** Estimated share of the smaller text's bigrams found in the larger: |A∩B| = J(|A|+|B|)/(1+J). */
    public double containment(Fingerprint other) {
        double j = similarity(other);
        double shared = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1, shared / Math.min(shingles, other.shingles));
    }

    /**
     * Share of the figures of the text with fewer figures that the other states too (a cut copy keeps a subset);
     * 1 when either states none, which is no evidence either way.
     */
    public double numberAgreement(Fingerprint other) {
        if (numbers.length == 0 || other.numbers.length == 0) return 1;
        int shared = 0;
        int i = 0;
        int k = 0;
        while (i < numbers.length && k < other.numbers.length) {
            int c = Long.compare(numbers[i], other.numbers[k]);
            if (c == 0) {
                shared++;
                i++;
                k++;
            } else if (c < 0) {
                i++;
            } else {
                k++;
            }
        }
        return shared / (double) Math.min(numbers.length, other.numbers.length);
    }

    /** LSH band keys plus the lead keys: the candidates' lookup terms. */
    public long[] bandKeys() {
        long[] bands = MinHash.bandKeys(minhash);
        long[] out = Arrays.copyOf(bands, bands.length + lead.length);
        System.arraycopy(lead, 0, out, bands.length, lead.length);
        return out;
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(MinHash.HASHES * 4 + 8 + numbers.length * 8);
        for (int v : minhash) b.putInt(v);
        b.putInt(shingles);
        b.putInt(numbers.length);
        for (long v : numbers) b.putLong(v);
        return b.array();
    }

    public static Fingerprint fromBytes(byte[] bytes, int offset, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
        int[] sig = new int[MinHash.HASHES];
        for (int i = 0; i < sig.length; i++) sig[i] = b.getInt();
        int shingles = b.getInt();
        long[] nums = new long[b.getInt()];
        for (int i = 0; i < nums.length; i++) nums[i] = b.getLong();
        return new Fingerprint(sig, shingles, nums, new long[0]);
    }
}
