package io.pressroom.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.quote.CueModel;
import io.pressroom.quote.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains {@link CueModel}: an averaged perceptron over the lower-case words of PolNeAR-style articles,
 * positive where an annotated cue starts. Deterministic (fixed seed). Writes feature weights as TSV.
 */
public final class CueTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Example(List<String> features, boolean cue) { }

    private CueTrainer() { }

    public static String train(Path gold, Path out, int epochs) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode a = JSON.readTree(line);
                String text = a.get("text").asText();
                Set<Integer> cueStarts = new HashSet<>();
                for (JsonNode q : a.get("quotes")) {
                    if (q.path("cue_start").isNumber()) cueStarts.add(q.get("cue_start").asInt());
                }
                var toks = Tokens.of(text, 0, text.length());
                for (int i = 0; i < toks.size(); i++) {
                    if (!CueModel.candidate(toks.get(i))) continue;
                    examples.add(new Example(CueModel.features(toks, i), cueStarts.contains(toks.get(i).start())));
                }
            }
        }
        Map<String, double[]> w = new HashMap<>(); // weight, total, last update step
        Random rnd = new Random(7);
        long step = 0;
        for (int e = 0; e < epochs; e++) {
            java.util.Collections.shuffle(examples, rnd);
            for (Example x : examples) {
                step++;
                double s = 0;
                for (String f : x.features()) {
                    double[] v = w.get(f);
                    if (v != null) s += v[0];
                }
                boolean predicted = s > 0;
                if (predicted != x.cue()) {
                    double delta = x.cue() ? 1 : -1;
                    for (String f : x.features()) {
                        double[] v = w.computeIfAbsent(f, k -> new double[3]);
                        v[1] += (step - v[2]) * v[0];
                        v[2] = step;
                        v[0] += delta;
                    }
                }
            }
        }
        long positives = examples.stream().filter(Example::cue).count();
        try (Writer out2 = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            out2.write("# Averaged perceptron cue detector, trained by 'pressroom eval train-cues' on " + gold.getFileName()
                    + " (" + examples.size() + " candidate words, " + positives + " cues, " + epochs + " epochs). Feature weights.\n");
            for (var en : new java.util.TreeMap<>(w).entrySet()) {
                double[] v = en.getValue();
                double avg = (v[1] + (step - v[2]) * v[0]) / step;
                if (Math.abs(avg) < 1e-3) continue;
                out2.write(en.getKey().replace('\t', ' ').replace('\n', ' ') + "\t" + String.format(Locale.ROOT, "%.4f", avg) + "\n");
            }
        }
        return examples.size() + " examples, " + positives + " cues";
    }
}
