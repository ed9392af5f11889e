package io.pressroom.quote;

import io.pressroom.quote.Tokens.Tok;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear model (averaged perceptron) that tells whether a word outside the cue lexicon opens an
 * attribution ("sought", "vowed", "warned"): trained on PolNeAR train by {@code pressroom eval
 * train-cues} and shipped as {@code cue-model.tsv}. The rules then find its speaker and content as
 * for any lexicon cue. Features look only at the word and its neighbours.
 */
public final class CueModel {
    private static final CueModel DEFAULT = load();

    private final Map<String, Float> weights;

    public CueModel(Map<String, Float> weights) {
        this.weights = weights;
    }

    static CueModel standard() {
        return DEFAULT;
    }

    private static CueModel load() {
        Map<String, Float> w = new HashMap<>();
        try (InputStream in = CueModel.class.getResourceAsStream("cue-model.tsv")) {
            if (in != null) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("#") || line.isBlank()) continue;
                        int tab = line.lastIndexOf('\t');
                        w.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CueModel(w);
    }

    public double score(List<Tok> toks, int i) {
        double s = 0;
        for (String f : features(toks, i)) {
            Float w = weights.get(f);
            if (w != null) s += w;
        }
        return s;
    }

    /** Candidates: lower-case words; names, numbers and punctuation never open an attribution. */
    public static boolean candidate(Tok t) {
        return t.isWord() && !t.capitalized() && Character.isLetter(t.text().charAt(0)) && !Words.FUNCTION.contains(t.lower())
                && !FLOATING_QUANTIFIERS.contains(t.lower());
    }

    /** "They all said that …": a quantifier after its subject is never the verb of an attribution. */
    private static final java.util.Set<String> FLOATING_QUANTIFIERS = java.util.Set.of("all", "both", "each");

    public static List<String> features(List<Tok> toks, int i) {
        List<String> f = new ArrayList<>(16);
        String w = toks.get(i).lower();
        f.add("bias");
        f.add("w=" + w);
        f.add("s3=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
        f.add("s2=" + (w.length() > 2 ? w.substring(w.length() - 2) : w));
        f.add("p1=" + word(toks, i - 1));
        f.add("n1=" + word(toks, i + 1));
        f.add("p2=" + word(toks, i - 2));
        f.add("n2=" + word(toks, i + 2));
        f.add("p1c=" + shape(toks, i - 1));
        f.add("n1c=" + shape(toks, i + 1));
        f.add("w|n1=" + w + "|" + word(toks, i + 1));
        f.add("p1|w=" + shape(toks, i - 1) + "|" + w);
        return f;
    }

    private static String word(List<Tok> toks, int i) {
        if (i < 0) return "<s>";
        if (i >= toks.size()) return "</s>";
        Tok t = toks.get(i);
        if (t.isQuoteMark()) return "<q>";
        if (t.capitalized() && !Words.FUNCTION.contains(t.lower())) return "<Cap>";
        return t.lower();
    }

    private static String shape(List<Tok> toks, int i) {
        if (i < 0 || i >= toks.size()) return "edge";
        Tok t = toks.get(i);
        if (t.isQuoteMark()) return "quote";
        if (!t.isWord()) return "punct";
        if (Words.PRONOUNS.contains(t.lower())) return "pron";
        if (t.capitalized()) return "cap";
        if (Words.SPEAKER_NOUNS.contains(t.lower())) return "noun";
        return "low";
    }
}
