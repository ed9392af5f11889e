package io.pressroom.ner;

import java.util.Arrays;

/**
 * An open-addressing map from a 64-bit feature key to a row of weights, one per tag. Written by
 * hand because boxed {@code HashMap<Long, float[]>} would cost an object per feature and a pointer
 * chase per lookup on the hottest path of the tagger; keys are already well mixed, so linear
 * probing over a power-of-two table is enough.
 */
final class FeatureTable {
    private long[] keys;
    private int[] rows;
    private int size;
    private float[] weights;

    FeatureTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        rows = new int[cap];
        Arrays.fill(rows, -1);
        weights = new float[Math.max(16, expected) * NerTags.COUNT];
    }

    int size() {
        return size;
    }

    /** The row of a key, or -1. */
    int row(long key) {
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            int r = rows[slot];
            if (r < 0) return -1;
            if (keys[slot] == key) return r;
        }
    }

    /** The row of a key, added with zero weights when new. */
    int rowOrAdd(long key) {
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        for (; rows[slot] >= 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) return rows[slot];
        }
        int r = size++;
        keys[slot] = key;
        rows[slot] = r;
        if ((long) size * NerTags.COUNT > weights.length) weights = Arrays.copyOf(weights, weights.length * 2);
        if (size * 2 > keys.length) grow();
        return r;
    }

    float[] weights() {
        return weights;
    }

    /** Adds each feature's weights to {@code scores}. */
    void score(long[] features, int n, float[] scores) {
        Arrays.fill(scores, 0f);
        for (int f = 0; f < n; f++) {
            int r = row(features[f]);
            if (r < 0) continue;
            int base = r * NerTags.COUNT;
            for (int t = 0; t < NerTags.COUNT; t++) scores[t] += weights[base + t];
        }
    }

    /** Every (key, row) pair, for writing the model. */
    void forEach(KeyRow action) {
        for (int slot = 0; slot < keys.length; slot++) if (rows[slot] >= 0) action.accept(keys[slot], rows[slot]);
    }

    interface KeyRow {
        void accept(long key, int row);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldRows.length * 2];
        Arrays.fill(rows, -1);
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldRows[s] < 0) continue;
            int slot = (int) oldKeys[s] & mask;
            while (rows[slot] >= 0) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[s];
            rows[slot] = oldRows[s];
        }
    }
}
