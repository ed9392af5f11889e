package io.pressroom.link;

/**
 * Words of a text as 64-bit hashes, without allocating strings: a word is a run of letters and digits,
 * lower-cased, with inner periods, apostrophes and hyphens dropped ("U.S." = "US" = "us", "Kim's" =
 * "kims"), so copies that differ only in punctuation or case hash alike.
 */
final class WordHashes {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private WordHashes() { }

    /** Hashes of the words of {@code text} in order; {@code out} is grown as needed and returned with its length. */
    static long[] of(CharSequence text, int from, int to, int[] count) {
        long[] out = new long[Math.max(16, (to - from) / 5)];
        int n = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord && (c == '.' || c == '\'' || c == '’' || c == '-' || c == ',')
                    && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (c != ',' || Character.isDigit(text.charAt(i + 1)) && i > from && Character.isDigit(text.charAt(i - 1)))) {
                // inside a word or a number ("U.S.", "don't", "1,200"): keep going
            } else if (inWord) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = mix(h);
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            if (n == out.length) out = java.util.Arrays.copyOf(out, n + 1);
            out[n++] = mix(h);
        }
        count[0] = n;
        return out;
    }

    /** A 64-bit finaliser (from MurmurHash3), so nearby FNV values spread over all bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** An order-dependent combination of two hashes (a shingle of two words). */
    static long pair(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }
}
