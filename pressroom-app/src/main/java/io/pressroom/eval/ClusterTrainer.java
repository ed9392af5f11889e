package io.pressroom.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.quote.Tokens;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters for the NER tagger from unlabelled news: each word is described by the words seen
 * one and two places left and right of it (positive PMI), and spherical k-means groups words with similar
 * neighbourhoods (so "Rotor" falls with other club names and "Volgograd" with other cities) at three
 * granularities, like prefixes of Brown clusters. Written here because no maintained Java library
 * offers Brown or word2vec-style clustering that runs in seconds without native code; the method
 * is the textbook one (Turney and Pantel 2010; Ratinov and Roth 2009 for clusters as NER features).
 */
public final class ClusterTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONTEXT_WORDS = 2000;
    private static final int MIN_COUNT = 3;
    private static final int MAX_WORDS = 60_000;
    private static final String[] SHAPES = {"<Xx>", "<X>", "<x>", "<d>", "<p>"};
    private static final int[] LEVELS = {64, 256, 1024};

    private ClusterTrainer() { }

    /** Reads token streams: JSONL files (their "text" field) and CoNLL files (first column). */
    static List<List<String>> read(List<Path> inputs) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        for (Path p : inputs) {
            if (p.toString().endsWith(".jsonl")) {
                try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.isBlank()) continue;
                        JsonNode n = JSON.readTree(line);
                        String text = n.path("text").asText("");
                        List<String> words = new ArrayList<>();
                        for (Tokens.Tok t : Tokens.of(text, 0, text.length())) {
                            String s = t.text();
                            if (s.length() > 2 && (s.endsWith("'s") || s.endsWith("\u2019s"))) {
                                words.add(s.substring(0, s.length() - 2));
                                words.add("'s");
                            } else {
                                words.add(s);
                            }
                        }
                        docs.add(words);
                    }
                }
            } else {
                for (Conll.Doc d : Conll.read(p)) {
                    List<String> words = new ArrayList<>();
                    for (Conll.Sentence s : d.sentences()) words.addAll(List.of(s.words()));
                    docs.add(words);
                }
            }
        }
        return docs;
    }

    public static String train(List<Path> inputs, Path out) throws IOException {
        List<List<String>> docs = read(inputs);
        Map<String, Integer> freq = new HashMap<>();
        Map<String, Integer> lowerFreq = new HashMap<>();
        long tokens = 0;
        for (List<String> d : docs) {
            for (String w : d) {
                freq.merge(w, 1, Integer::sum);
                lowerFreq.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
                tokens++;
            }
        }
        List<String> vocab = freq.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT && hasLetter(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_WORDS).map(Map.Entry::getKey).toList();
        Map<String, Integer> wordIndex = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) wordIndex.put(vocab.get(i), i);
        List<String> contexts = lowerFreq.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CONTEXT_WORDS).map(Map.Entry::getKey).toList();
        Map<String, Integer> contextIndex = new HashMap<>();
        for (int i = 0; i < contexts.size(); i++) contextIndex.put(contexts.get(i), i);
        int side = contexts.size() + SHAPES.length + 1;
        int dims = 4 * side;

        // Co-occurrence pairs (word, context) packed in longs, sorted and counted: a sparse matrix in CSR form.
        long[] pairs = new long[(int) Math.min(Integer.MAX_VALUE - 8, tokens * 4)];
        int np = 0;
        for (List<String> d : docs) {
            for (int i = 0; i < d.size(); i++) {
                Integer w = wordIndex.get(d.get(i));
                if (w == null) continue;
                int left = i > 0 ? context(d.get(i - 1), contextIndex, contexts.size()) : side - 1;
                int right = i + 1 < d.size() ? context(d.get(i + 1), contextIndex, contexts.size()) : side - 1;
                int left2 = i > 1 ? context(d.get(i - 2), contextIndex, contexts.size()) : side - 1;
                int right2 = i + 2 < d.size() ? context(d.get(i + 2), contextIndex, contexts.size()) : side - 1;
                pairs[np++] = ((long) w << 32) | left;
                pairs[np++] = ((long) w << 32) | (side + right);
                pairs[np++] = ((long) w << 32) | (2 * side + left2);
                pairs[np++] = ((long) w << 32) | (3 * side + right2);
            }
        }
        Arrays.sort(pairs, 0, np);
        int[] rowStart = new int[vocab.size() + 1];
        int[] cols = new int[np];
        float[] vals = new float[np];
        double[] rowSum = new double[vocab.size()];
        double[] colSum = new double[dims];
        int nnz = 0;
        for (int k = 0; k < np; ) {
            long key = pairs[k];
            int run = 0;
            while (k < np && pairs[k] == key) {
                k++;
                run++;
            }
            int w = (int) (key >>> 32);
            int c = (int) key;
            rowStart[w + 1] = nnz + 1;
            cols[nnz] = c;
            vals[nnz] = run;
            rowSum[w] += run;
            colSum[c] += run;
            nnz++;
        }
        for (int w = 1; w <= vocab.size(); w++) rowStart[w] = Math.max(rowStart[w], rowStart[w - 1]);
        double total = 0;
        for (double s : rowSum) total += s;
        // Positive PMI (with context smoothing), rows scaled to unit length.
        double alpha = 0.75, smoothed = 0;
        for (double c : colSum) smoothed += Math.pow(c, alpha);
        for (int w = 0; w < vocab.size(); w++) {
            double norm = 0;
            for (int k = rowStart[w]; k < rowStart[w + 1]; k++) {
                double pmi = Math.log(vals[k] * smoothed / (rowSum[w] * Math.pow(colSum[cols[k]], alpha)));
                vals[k] = (float) Math.max(0, pmi);
                norm += vals[k] * vals[k];
            }
            norm = Math.sqrt(norm);
            if (norm > 0) for (int k = rowStart[w]; k < rowStart[w + 1]; k++) vals[k] /= norm;
        }
        Sparse m = new Sparse(rowStart, cols, vals, dims);
        int[] all = new int[vocab.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        int[] mid = kmeans(m, all, LEVELS[1], 12);
        // Finer: each middle cluster split in four; coarser: the middle clusters' centroids grouped.
        int[] fine = new int[vocab.size()];
        for (int c = 0; c < LEVELS[1]; c++) {
            final int cc = c;
            int[] members = Arrays.stream(all).filter(i -> mid[i] == cc).toArray();
            int parts = LEVELS[2] / LEVELS[1];
            int[] sub = members.length <= parts ? seq(members.length) : kmeans(m, members, parts, 8);
            for (int j = 0; j < members.length; j++) fine[members[j]] = c * parts + sub[j];
        }
        int[] coarseOfMid = coarse(m, mid, LEVELS[1], LEVELS[0]);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            w.write("# word\tcluster of " + LEVELS[0] + "\tof " + LEVELS[1] + "\tof " + LEVELS[2] + "\n");
            for (int i = 0; i < vocab.size(); i++) {
                w.write(vocab.get(i) + "\t" + coarseOfMid[mid[i]] + "\t" + mid[i] + "\t" + fine[i] + "\n");
            }
        }
        return String.format("%,d documents, %,d tokens, %,d words clustered", docs.size(), tokens, vocab.size());
    }

    private record Sparse(int[] rowStart, int[] cols, float[] vals, int dims) { }

    private static int context(String w, Map<String, Integer> index, int n) {
        Integer c = index.get(w.toLowerCase(Locale.ROOT));
        if (c != null) return c;
        char ch = w.charAt(0);
        int shape = Character.isUpperCase(ch) ? (w.length() > 1 && Character.isUpperCase(w.charAt(w.length() - 1)) ? 1 : 0)
                : Character.isLowerCase(ch) ? 2 : Character.isDigit(ch) ? 3 : 4;
        return n + shape;
    }

    /** Spherical k-means over some rows, seeded with the most frequent ones (rows are in frequency order). */
    private static int[] kmeans(Sparse m, int[] rows, int k, int iterations) {
        int d = m.dims();
        float[] centroids = new float[k * d];
        for (int c = 0; c < k; c++) addRow(m, rows[c * (rows.length / k)], centroids, c * d);
        int[] assign = new int[rows.length];
        for (int it = 0; it < iterations; it++) {
            for (int j = 0; j < rows.length; j++) {
                int r = rows[j];
                int best = 0;
                double bestScore = -1;
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    int base = c * d;
                    for (int x = m.rowStart()[r]; x < m.rowStart()[r + 1]; x++) s += m.vals()[x] * centroids[base + m.cols()[x]];
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                assign[j] = best;
            }
            Arrays.fill(centroids, 0f);
            for (int j = 0; j < rows.length; j++) addRow(m, rows[j], centroids, assign[j] * d);
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (int x = 0; x < d; x++) norm += centroids[c * d + x] * centroids[c * d + x];
                norm = Math.sqrt(norm);
                if (norm > 0) for (int x = 0; x < d; x++) centroids[c * d + x] /= norm;
            }
        }
        return assign;
    }

    /** Groups the middle clusters into fewer by k-means over their member sums. */
    private static int[] coarse(Sparse m, int[] mid, int nMid, int k) {
        int d = m.dims();
        float[] sums = new float[nMid * d];
        for (int r = 0; r < mid.length; r++) addRow(m, r, sums, mid[r] * d);
        int[] rowStart = new int[nMid + 1];
        List<Integer> cols = new ArrayList<>();
        List<Float> vals = new ArrayList<>();
        for (int c = 0; c < nMid; c++) {
            double norm = 0;
            for (int x = 0; x < d; x++) norm += sums[c * d + x] * sums[c * d + x];
            norm = Math.sqrt(norm);
            for (int x = 0; x < d; x++) {
                if (sums[c * d + x] != 0) {
                    cols.add(x);
                    vals.add((float) (sums[c * d + x] / norm));
                }
            }
            rowStart[c + 1] = cols.size();
        }
        int[] colArr = cols.stream().mapToInt(Integer::intValue).toArray();
        float[] valArr = new float[vals.size()];
        for (int i = 0; i < valArr.length; i++) valArr[i] = vals.get(i);
        return kmeans(new Sparse(rowStart, colArr, valArr, d), seq(nMid), k, 12);
    }

    private static void addRow(Sparse m, int r, float[] into, int base) {
        for (int x = m.rowStart()[r]; x < m.rowStart()[r + 1]; x++) into[base + m.cols()[x]] += m.vals()[x];
    }

    private static int[] seq(int n) {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) s[i] = i;
        return s;
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) return true;
        return false;
    }
}
