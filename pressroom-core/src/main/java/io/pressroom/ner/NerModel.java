package io.pressroom.ner;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained named-entity tagger: hashed features, one weight per feature and tag, greedy
 * left-to-right decoding over a document, twice: the second pass sees the types the first gave
 * to each word anywhere in the document. Trained by {@link NerTrainer}; the shipped model is {@code ner-model.bin.gz}. Immutable
 * once loaded, so one instance serves every thread.
 */
public final class NerModel {
    private static final int MAGIC = 0x50524e52; // "PRNR"
    private static final int VERSION = 1;
    private static final String RESOURCE = "ner-model.bin.gz";
    private static volatile NerModel standard;

    final FeatureTable table;
    final Gazetteer gazetteer;

    NerModel(FeatureTable table, Gazetteer gazetteer) {
        this.table = table;
        this.gazetteer = gazetteer;
    }

    /** The model shipped in the jar; fails when the jar was built without it. */
    public static NerModel standard() {
        NerModel m = standard;
        if (m == null) {
            synchronized (NerModel.class) {
                if (standard == null) {
                    try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("no " + RESOURCE + " on the class path");
                        standard = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                m = standard;
            }
        }
        return m;
    }

    public int features() {
        return table.size();
    }

    /** Tags each sentence of one document (tokens as written); returns BIO tags (see {@link NerTags}). */
    public List<int[]> tag(List<String[]> sentences) {
        List<NerFeatures.Sentence> prepared = new ArrayList<>(sentences.size());
        for (String[] words : sentences) prepared.add(new NerFeatures.Sentence(words, gazetteer));
        NerFeatures.Document doc = new NerFeatures.Document(prepared);
        List<int[]> out = new ArrayList<>(sentences.size());
        long[] features = new long[NerFeatures.MAX];
        float[] scores = new float[NerTags.COUNT];
        for (NerFeatures.Sentence s : prepared) decode(s, doc, features, scores);
        doc.secondPass();
        for (NerFeatures.Sentence s : prepared) out.add(decode(s, doc, features, scores));
        return out;
    }

    int[] decode(NerFeatures.Sentence s, NerFeatures.Document doc, long[] features, float[] scores) {
        int[] tags = new int[s.size()];
        int prev = NerTags.COUNT, prev2 = NerTags.COUNT;
        for (int i = 0; i < s.size(); i++) {
            int n = NerFeatures.extract(s, i, prev, prev2, doc, features);
            table.score(features, n, scores);
            int best = best(scores, prev);
            tags[i] = best;
            doc.remember(s, i, best);
            prev2 = prev;
            prev = best;
        }
        return tags;
    }

    static int best(float[] scores, int prev) {
        int best = NerTags.O;
        for (int t = 1; t < NerTags.COUNT; t++) {
            if (scores[t] > scores[best] && NerTags.allowed(prev, t)) best = t;
        }
        return best;
    }

    /** Writes the model: keys and weights, gzip; rows whose weights are all zero are left out. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        float[] w = table.weights();
        List<long[]> rows = new ArrayList<>();
        table.forEach((key, row) -> {
            for (int t = 0; t < NerTags.COUNT; t++) {
                if (w[row * NerTags.COUNT + t] != 0f) {
                    rows.add(new long[] {key, row});
                    return;
                }
            }
        });
        d.writeInt(rows.size());
        for (long[] kr : rows) {
            d.writeLong(kr[0]);
            int base = (int) kr[1] * NerTags.COUNT;
            for (int t = 0; t < NerTags.COUNT; t++) d.writeFloat(w[base + t]);
        }
        d.flush();
        gz.finish();
    }

    public static NerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC) throw new IOException("not a Pressroom NER model");
        int version = d.readInt();
        if (version != VERSION) throw new IOException("NER model version " + version + ", expected " + VERSION);
        int n = d.readInt();
        FeatureTable table = new FeatureTable(n);
        for (int i = 0; i < n; i++) {
            int row = table.rowOrAdd(d.readLong());
            float[] w = table.weights();
            for (int t = 0; t < NerTags.COUNT; t++) w[row * NerTags.COUNT + t] = d.readFloat();
        }
        return new NerModel(table, Gazetteer.standard());
    }
}
