package io.pressroom.link;

import java.util.SplittableRandom;

/**
 * MinHash signatures of a body's word bigrams and their LSH band keys. Word bigrams, not longer shingles:
 * wire copies with local edits keep most bigrams (the news-copy benchmark of text-dedup found bigram
 * MinHash near Jaccard 0.45 best). 128 hashes in 32 bands of 4: pairs at Jaccard 0.6 share a band with
 * probability 0.99, at 0.45 with 0.74, and unrelated articles (Jaccard ≈ 0.02) almost never, so the work
 * per new article does not grow with the corpus.
 */
public final class MinHash {
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    /** Fewer distinct bigrams than this and similarity estimates are noise: no signature. */
    public static final int MIN_SHINGLES = 12;

    private static final long[] A = new long[HASHES];
    private static final long[] B = new long[HASHES];

    static {
        // Fixed seed: signatures must agree across runs, machines and Spark executors.
        SplittableRandom r = new SplittableRandom(0x5eed_1e55_ba5eL);
        for (int i = 0; i < HASHES; i++) {
            A[i] = r.nextLong() | 1L;
            B[i] = r.nextLong();
        }
    }

    private MinHash() { }

    /** The signature of a text's word bigrams, or null when the text is too short to compare. */
    public static int[] signature(CharSequence text) {
        return signature(text, new int[1]);
    }

    /** The same, with the number of distinct bigrams in {@code distinctOut[0]}. */
    static int[] signature(CharSequence text, int[] distinctOut) {
        int[] count = new int[1];
        long[] words = WordHashes.of(text, 0, text.length(), count);
        int n = count[0];
        if (n - 1 < MIN_SHINGLES) return null;
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        long[] seen = new long[Integer.highestOneBit(Math.max(n, 8)) * 4];
        int distinct = 0;
        for (int w = 1; w < n; w++) {
            long x = WordHashes.pair(words[w - 1], words[w]);
            // Repeated bigrams change no minimum: skip them (a small open-addressing set).
            int slot = (int) (x & (seen.length - 1));
            boolean repeat = false;
            while (seen[slot] != 0) {
                if (seen[slot] == x) {
                    repeat = true;
                    break;
                }
                slot = (slot + 1) & (seen.length - 1);
            }
            if (repeat) continue;
            seen[slot] = x == 0 ? 1 : x;
            distinct++;
            for (int i = 0; i < HASHES; i++) {
                // Multiply-shift hashing: a cheap universal family; the top 31 bits, so ints compare unsigned-free.
                int v = (int) ((A[i] * x + B[i]) >>> 33);
                if (v < mins[i]) mins[i] = v;
            }
        }
        distinctOut[0] = distinct;
        return distinct < MIN_SHINGLES ? null : mins;
    }

    /** Estimated Jaccard similarity of two signatures: the share of equal minima. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return same / (double) HASHES;
    }

    /** One key per band: the band's number and its rows, hashed; equal keys make two articles candidates. */
    public static long[] bandKeys(int[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b + 1;
            for (int r = 0; r < ROWS; r++) h = WordHashes.pair(h, signature[b * ROWS + r]);
            keys[b] = h;
        }
        return keys;
    }
}
