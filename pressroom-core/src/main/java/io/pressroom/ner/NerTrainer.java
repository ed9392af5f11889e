package io.pressroom.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NerModel}: an averaged perceptron (Collins 2002) over greedy left-to-right
 * decoding, learning from its own previous tags and its own document history so that training sees
 * what tagging will see. Averaging uses the usual trick of a second accumulator weighted by time.
 */
public final class NerTrainer {

    /** One training document: sentences of words with their BIO tags. */
    public record Document(List<String[]> words, List<int[]> tags) { }

    private NerTrainer() { }

    /**
     * Trains one model per seed (different orders of the documents) and sums their averaged weights:
     * a bagged perceptron, steadier than any one of its members.
     */
    public static NerModel train(List<Document> docs, int epochs, long seed, int models, java.util.function.IntConsumer progress) {
        NerModel sum = train(docs, epochs, seed, progress);
        for (int m = 1; m < models; m++) {
            NerModel next = train(docs, epochs, seed + m, progress);
            float[] w = next.table.weights();
            next.table.forEach((key, row) -> {
                int target = sum.table.rowOrAdd(key);
                float[] into = sum.table.weights();
                for (int t = 0; t < NerTags.COUNT; t++) into[target * NerTags.COUNT + t] += w[row * NerTags.COUNT + t];
            });
        }
        return sum;
    }

    public static NerModel train(List<Document> docs, int epochs, long seed, java.util.function.IntConsumer progress) {
        Gazetteer gaz = Gazetteer.standard();
        FeatureTable table = new FeatureTable(1 << 20);
        double[] accumulated = new double[table.weights().length];
        long clock = 1;
        long[] features = new long[NerFeatures.MAX];
        float[] scores = new float[NerTags.COUNT];
        List<Document> order = new ArrayList<>(docs);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            for (Document d : order) {
                List<NerFeatures.Sentence> prepared = new ArrayList<>();
                for (String[] w : d.words()) prepared.add(new NerFeatures.Sentence(w, gaz));
                NerFeatures.Document context = new NerFeatures.Document(prepared);
                for (int pass = 0; pass < 2; pass++) {
                if (pass == 1) context.secondPass();
                for (int si = 0; si < prepared.size(); si++) {
                    NerFeatures.Sentence s = prepared.get(si);
                    int[] gold = d.tags().get(si);
                    int prev = NerTags.COUNT, prev2 = NerTags.COUNT;
                    for (int i = 0; i < s.size(); i++) {
                        int n = NerFeatures.extract(s, i, prev, prev2, context, features);
                        table.score(features, n, scores);
                        int guess = NerModel.best(scores, prev);
                        if (guess != gold[i]) {
                            errors++;
                            for (int f = 0; f < n; f++) {
                                int row = table.rowOrAdd(features[f]);
                                float[] w = table.weights();
                                if (accumulated.length < w.length) accumulated = java.util.Arrays.copyOf(accumulated, w.length);
                                int base = row * NerTags.COUNT;
                                w[base + gold[i]] += 1f;
                                w[base + guess] -= 1f;
                                accumulated[base + gold[i]] += clock;
                                accumulated[base + guess] -= clock;
                            }
                        }
                        clock++;
                        context.remember(s, i, guess);
                        prev2 = prev;
                        prev = guess;
                    }
                }
                }
            }
            if (progress != null) progress.accept(errors);
        }
        float[] w = table.weights();
        for (int k = 0; k < table.size() * NerTags.COUNT; k++) w[k] = (float) (w[k] - accumulated[k] / clock);
        return new NerModel(table, gaz);
    }
}
