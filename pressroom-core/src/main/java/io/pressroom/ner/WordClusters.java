package io.pressroom.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learnt from unlabelled news ({@code word-clusters.tsv.gz}, made by {@code pressroom eval
 * train-clusters}): three cluster numbers per word, coarse to fine. They let the tagger generalise from
 * a training word to others used alike.
 */
final class WordClusters {
    private static final WordClusters STANDARD = load();
    static final int LEVELS = 3;

    private final Map<String, int[]> clusters;

    private WordClusters(Map<String, int[]> clusters) {
        this.clusters = clusters;
    }

    static WordClusters standard() {
        return STANDARD;
    }

    /** The word's clusters, trying its written form, then capitalised, then lower case; null when unknown. */
    int[] of(String word) {
        int[] c = clusters.get(word);
        if (c != null || word.isEmpty()) return c;
        String lower = word.toLowerCase(Locale.ROOT);
        c = clusters.get(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        return c != null ? c : clusters.get(lower);
    }

    private static WordClusters load() {
        Map<String, int[]> map = new HashMap<>();
        try (InputStream in = WordClusters.class.getResourceAsStream("word-clusters.tsv.gz")) {
            if (in == null) return new WordClusters(map);
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                int[] c = new int[LEVELS];
                for (int k = 0; k < LEVELS; k++) c[k] = Integer.parseInt(cols[k + 1]);
                map.put(cols[0], c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordClusters(map);
    }
}
