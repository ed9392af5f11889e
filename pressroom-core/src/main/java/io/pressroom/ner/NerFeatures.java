package io.pressroom.ner;

import io.pressroom.text.Casing;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tagger's features, hashed to 64-bit keys without building strings: each token's hashes are
 * computed once per sentence, and a feature is a template number mixed with one or two of them.
 * The templates are the classic ones of feature-based NER (Ratinov and Roth 2009): the word, its
 * shape, prefixes and suffixes, two words each side, the previous tags, plus document-level ones,
 * because a news article names the same people again: whether the word also appears in lower case
 * (a common word), its mixed-case spelling when it is written in capitals (headlines), and the
 * types given to it earlier in the same document.
 */
final class NerFeatures {
    static final int MAX = 64;

    private static final int BIAS = 1, LOWER = 2, EXACT = 3, SHAPE = 4, PRE2 = 5, PRE3 = 6, PRE4 = 7, SUF2 = 8, SUF3 = 9,
            SUF4 = 10, PREV_LOWER = 11, NEXT_LOWER = 12, PREV2_LOWER = 13, NEXT2_LOWER = 14, PREV_SHAPE = 15,
            NEXT_SHAPE = 16, SHAPE3 = 17, PTAG = 18, PTAG2 = 19, PTAG_LOWER = 20, PREV_BIGRAM = 21, NEXT_BIGRAM = 22,
            FIRST_SHAPE = 23, CAPS_SENTENCE = 24, SEEN_LOWER = 25, VARIANT = 26, HISTORY = 27, PTAG_SHAPE = 28,
            GAZETTEER = 29, PREV_GAZ = 30, NEXT_GAZ = 31, LENGTH = 32, VARIANT_SUF3 = 33, NEXT_EXACT = 34,
            PREV_EXACT = 35, GAZ_SHAPE = 36, FIRST_PASS = 37, FIRST_PASS_PTAG = 38,
            CAP_RUN = 39, LOWER_NEXT_SHAPE = 40, PREV_LOWER_SHAPE = 41, TABLE = 42,
            CLUSTER = 43, PREV_CLUSTER = 46, NEXT_CLUSTER = 47, CLUSTER_PTAG = 48;

    private static final long NONE = 0x5bd1e995L;
    private static final long BOUNDARY = 0x7f4a7c15L;

    private NerFeatures() { }

    /** A sentence's tokens with their hashes, computed once. */
    static final class Sentence {
        final String[] words;
        final long[] lower, exact, shape, pre2, pre3, pre4, suf2, suf3, suf4, gazetteer;
        final int[][] clusters;
        final boolean[] capitalised, lowercase;
        final boolean allCaps;

        Sentence(String[] words, Gazetteer gaz) {
            int n = words.length;
            this.words = words;
            lower = new long[n];
            exact = new long[n];
            shape = new long[n];
            pre2 = new long[n];
            pre3 = new long[n];
            pre4 = new long[n];
            suf2 = new long[n];
            suf3 = new long[n];
            suf4 = new long[n];
            gazetteer = new long[n];
            capitalised = new boolean[n];
            lowercase = new boolean[n];
            clusters = new int[n][];
            WordClusters wc = WordClusters.standard();
            int letters = 0, upperWords = 0;
            for (int i = 0; i < n; i++) {
                String w = words[i];
                String lw = w.toLowerCase(Locale.ROOT);
                lower[i] = hash(lw);
                exact[i] = w.equals(lw) ? lower[i] : hash(w);
                shape[i] = hash(shape(w));
                pre2[i] = prefix(lw, 2);
                pre3[i] = prefix(lw, 3);
                pre4[i] = prefix(lw, 4);
                suf2[i] = suffix(lw, 2);
                suf3[i] = suffix(lw, 3);
                suf4[i] = suffix(lw, 4);
                capitalised[i] = Character.isUpperCase(w.charAt(0));
                lowercase[i] = Character.isLowerCase(w.charAt(0));
                gazetteer[i] = gaz == null ? 0 : gaz.classes(w, lw);
                clusters[i] = wc.of(w);
                if (hasLetter(w)) {
                    letters++;
                    if (w.equals(w.toUpperCase(Locale.ROOT))) upperWords++;
                }
            }
            allCaps = letters >= 2 && upperWords == letters;
        }

        int size() {
            return words.length;
        }
    }

    /**
     * What the tagger knows of the document so far: which words appear in lower case, the mixed-case
     * spelling of words, and the entity types already given to each word.
     */
    static final class Document {
        private final Set<Long> seenLower = new HashSet<>();
        private final Map<Long, Long> mixedCase = new HashMap<>();
        private final Map<Long, Long> mixedCaseSuffix = new HashMap<>();
        private Map<Long, int[]> history = new HashMap<>();
        private Map<Long, int[]> firstPass;

        /** Most lines hold figures: a results or prices table, where names are teams and companies. */
        final boolean table;

        Document(List<Sentence> sentences) {
            int withFigures = 0;
            for (Sentence s : sentences) {
                int figures = 0;
                for (String w : s.words) if (Character.isDigit(w.charAt(0))) figures++;
                if (figures >= 2) withFigures++;
            }
            table = sentences.size() >= 4 && withFigures * 2 >= sentences.size();
            for (Sentence s : sentences) {
                if (s.allCaps) continue;
                for (int i = 0; i < s.size(); i++) {
                    if (s.lowercase[i]) seenLower.add(s.lower[i]);
                    else if (s.capitalised[i] && i > 0 && !Casing.isAllUpper(s.words[i])) {
                        mixedCase.putIfAbsent(s.lower[i], s.exact[i]);
                        mixedCaseSuffix.putIfAbsent(s.lower[i], s.suf3[i]);
                    }
                }
            }
        }

        void remember(Sentence s, int i, int tag) {
            if (!s.capitalised[i]) return;
            int[] counts = history.computeIfAbsent(s.lower[i], k -> new int[NerTags.TYPES.length + 1]);
            counts[tag == NerTags.O ? NerTags.TYPES.length : NerTags.type(tag)]++;
        }

        /**
         * Starts the second pass: the types of the first pass, over the whole document, become a
         * feature of every occurrence (a name tagged ORG in the body helps the same word in the headline).
         */
        void secondPass() {
            firstPass = history;
            history = new HashMap<>();
        }

        /** The type most often given to this word earlier in the document (TYPES.length for O), or -1. */
        int earlier(long lower) {
            return majority(history, lower);
        }

        private static int majority(Map<Long, int[]> types, long lower) {
            int[] counts = types.get(lower);
            if (counts == null) return -1;
            int best = -1;
            for (int t = 0; t < counts.length; t++) if (counts[t] > 0 && (best < 0 || counts[t] > counts[best])) best = t;
            return best;
        }
    }

    /** Writes the features of token {@code i} into {@code out}; returns how many. */
    static int extract(Sentence s, int i, int prev, int prev2, Document doc, long[] out) {
        int n = 0;
        long lw = s.lower[i];
        long sh = s.shape[i];
        out[n++] = key(BIAS, 0);
        out[n++] = key(LOWER, lw);
        if (s.exact[i] != lw) out[n++] = key(EXACT, s.exact[i]);
        out[n++] = key(SHAPE, sh);
        out[n++] = key(PRE2, s.pre2[i]);
        out[n++] = key(PRE3, s.pre3[i]);
        out[n++] = key(PRE4, s.pre4[i]);
        out[n++] = key(SUF2, s.suf2[i]);
        out[n++] = key(SUF3, s.suf3[i]);
        out[n++] = key(SUF4, s.suf4[i]);
        out[n++] = key(LENGTH, Math.min(s.words[i].length(), 12));
        long pl = i > 0 ? s.lower[i - 1] : BOUNDARY;
        long nl = i + 1 < s.size() ? s.lower[i + 1] : BOUNDARY;
        long ps = i > 0 ? s.shape[i - 1] : BOUNDARY;
        long ns = i + 1 < s.size() ? s.shape[i + 1] : BOUNDARY;
        out[n++] = key(PREV_LOWER, pl);
        out[n++] = key(NEXT_LOWER, nl);
        out[n++] = key(PREV_EXACT, i > 0 ? s.exact[i - 1] : BOUNDARY);
        out[n++] = key(NEXT_EXACT, i + 1 < s.size() ? s.exact[i + 1] : BOUNDARY);
        out[n++] = key(PREV2_LOWER, i > 1 ? s.lower[i - 2] : BOUNDARY);
        out[n++] = key(NEXT2_LOWER, i + 2 < s.size() ? s.lower[i + 2] : BOUNDARY);
        out[n++] = key(PREV_SHAPE, ps);
        out[n++] = key(NEXT_SHAPE, ns);
        out[n++] = key(SHAPE3, mix(mix(ps, sh), ns));
        out[n++] = key(PREV_BIGRAM, mix(pl, lw));
        out[n++] = key(NEXT_BIGRAM, mix(lw, nl));
        out[n++] = key(PTAG, prev);
        out[n++] = key(PTAG2, prev * 31 + prev2);
        out[n++] = key(PTAG_LOWER, mix(prev, lw));
        out[n++] = key(PTAG_SHAPE, mix(prev, sh));
        if (i == 0) out[n++] = key(FIRST_SHAPE, sh);
        int[] cl = s.clusters[i];
        if (cl != null) {
            for (int k = 0; k < cl.length; k++) out[n++] = key(CLUSTER + k, cl[k]);
            out[n++] = key(CLUSTER_PTAG, mix(cl[1], prev));
        } else {
            out[n++] = key(CLUSTER, -1);
        }
        out[n++] = key(PREV_CLUSTER, i > 0 && s.clusters[i - 1] != null ? s.clusters[i - 1][1] : -1);
        out[n++] = key(NEXT_CLUSTER, i + 1 < s.size() && s.clusters[i + 1] != null ? s.clusters[i + 1][1] : -1);
        out[n++] = key(LOWER_NEXT_SHAPE, mix(lw, ns));
        out[n++] = key(PREV_LOWER_SHAPE, mix(pl, sh));
        if (s.capitalised[i]) out[n++] = key(CAP_RUN, capRun(s, i));
        if (doc != null && doc.table) out[n++] = key(TABLE, mix(mix(ps, sh), ns));
        if (s.allCaps) out[n++] = key(CAPS_SENTENCE, sh);
        long gz = s.gazetteer[i];
        if (gz != 0) {
            out[n++] = key(GAZETTEER, gz);
            out[n++] = key(GAZ_SHAPE, mix(gz, sh));
        }
        if (i > 0 && s.gazetteer[i - 1] != 0) out[n++] = key(PREV_GAZ, s.gazetteer[i - 1]);
        if (i + 1 < s.size() && s.gazetteer[i + 1] != 0) out[n++] = key(NEXT_GAZ, s.gazetteer[i + 1]);
        if (doc != null && !s.lowercase[i]) {
            if (doc.seenLower.contains(lw)) out[n++] = key(SEEN_LOWER, s.capitalised[i] ? (i == 0 ? 2 : 1) : 3);
            if (s.allCaps || Casing.isAllUpper(s.words[i])) {
                Long variant = doc.mixedCase.get(lw);
                if (variant != null) {
                    out[n++] = key(VARIANT, variant);
                    out[n++] = key(VARIANT_SUF3, doc.mixedCaseSuffix.get(lw));
                } else {
                    out[n++] = key(VARIANT, NONE);
                }
            }
            int earlier = doc.earlier(lw);
            if (earlier >= 0) out[n++] = key(HISTORY, mix(earlier, s.capitalised[i] ? 1 : 0));
            if (doc.firstPass != null) {
                int whole = Document.majority(doc.firstPass, lw);
                out[n++] = key(FIRST_PASS, whole);
                out[n++] = key(FIRST_PASS_PTAG, mix(whole, prev));
            }
        }
        return n;
    }

    /** Where the token sits in its run of capitalised words (first, inside, last, alone) and the run's length. */
    private static long capRun(Sentence s, int i) {
        int from = i, to = i + 1;
        while (from > 0 && s.capitalised[from - 1]) from--;
        while (to < s.size() && s.capitalised[to]) to++;
        int position = to - from == 1 ? 0 : i == from ? 1 : i == to - 1 ? 2 : 3;
        return position * 8 + Math.min(to - from, 5);
    }

    static String shape(String w) {
        StringBuilder b = new StringBuilder(8);
        char last = 0;
        int run = 0;
        for (int k = 0; k < w.length() && b.length() < 12; k++) {
            char c = w.charAt(k);
            char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'x' : c;
            run = m == last ? run + 1 : 1;
            last = m;
            if (run <= 2) b.append(m);
        }
        return b.toString();
    }

    private static boolean hasLetter(String w) {
        for (int k = 0; k < w.length(); k++) if (Character.isLetter(w.charAt(k))) return true;
        return false;
    }

    private static long prefix(String w, int n) {
        return w.length() > n ? hash(w, 0, n) : NONE;
    }

    private static long suffix(String w, int n) {
        return w.length() > n ? hash(w, w.length() - n, w.length()) : NONE;
    }

    static long hash(String s) {
        return hash(s, 0, s.length());
    }

    static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int k = from; k < to; k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long a, long b) {
        return fmix(a * 0x9E3779B97F4A7C15L + b);
    }

    private static long key(int template, long value) {
        return fmix(value * 0xC2B2AE3D27D4EB4FL + template);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
