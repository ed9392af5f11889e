import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The comparison baseline of docs/NER.md: Apache OpenNLP's name finder (maxent, its default feature
 * generators) trained on the same CoNLL-2003 eng.train and scored on eng.testa like `pressroom eval ner`
 * (entity-level, exact type and boundaries). Run by eval/ner/opennlp-baseline.sh; not part of the build.
 */
public class OpenNlpBaseline {
    record Sentence(String[] words, String[] types, boolean docStart) { }

    static List<Sentence> read(Path file) throws Exception {
        List<Sentence> out = new ArrayList<>();
        List<String> w = new ArrayList<>(), t = new ArrayList<>();
        boolean docStart = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("-DOCSTART-")) { docStart = true; continue; }
            if (line.isBlank()) {
                if (!w.isEmpty()) out.add(new Sentence(w.toArray(String[]::new), bio(t), docStart));
                if (!w.isEmpty()) docStart = false;
                w.clear(); t.clear();
                continue;
            }
            String[] c = line.strip().split("\\s+");
            w.add(c[0]); t.add(c[c.length - 1]);
        }
        if (!w.isEmpty()) out.add(new Sentence(w.toArray(String[]::new), bio(t), docStart));
        return out;
    }

    /** IOB1 to BIO. */
    static String[] bio(List<String> tags) {
        String[] out = new String[tags.size()];
        String prev = "O";
        for (int i = 0; i < out.length; i++) {
            String t = tags.get(i);
            if (t.startsWith("I-") && !prev.substring(Math.min(2, prev.length())).equals(t.substring(2))) t = "B-" + t.substring(2);
            out[i] = t;
            prev = t;
        }
        return out;
    }

    static Set<String> chunks(String[] bio) {
        Set<String> out = new HashSet<>();
        int start = -1; String type = null;
        for (int i = 0; i <= bio.length; i++) {
            String t = i < bio.length ? bio[i] : "O";
            if (type != null && (t.equals("O") || t.startsWith("B-") || !t.substring(2).equals(type))) { out.add(start + ":" + i + ":" + type); type = null; }
            if (!t.equals("O") && type == null) { start = i; type = t.substring(2); }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        List<Sentence> train = read(Path.of(args[0]));
        StringBuilder data = new StringBuilder();
        for (Sentence s : train) {
            if (s.docStart()) data.append('\n');
            Set<String> c = chunks(s.types());
            String[] open = new String[s.words().length + 1], close = new String[s.words().length + 1];
            for (String ch : c) {
                String[] p = ch.split(":");
                open[Integer.parseInt(p[0])] = p[2].toLowerCase();
                close[Integer.parseInt(p[1])] = "x";
            }
            for (int i = 0; i < s.words().length; i++) {
                if (close[i] != null) data.append("<END> ");
                if (open[i] != null) data.append("<START:").append(open[i]).append("> ");
                data.append(s.words()[i]).append(' ');
            }
            if (close[s.words().length] != null) data.append("<END>");
            data.append('\n');
        }
        byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
        InputStreamFactory in = () -> new ByteArrayInputStream(bytes);
        long t0 = System.nanoTime();
        TokenNameFinderModel model;
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(new PlainTextByLineStream(in, StandardCharsets.UTF_8))) {
            model = NameFinderME.train("en", null, samples, TrainingParameters.defaultParams(), new TokenNameFinderFactory());
        }
        System.out.printf("trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        List<Sentence> test = read(Path.of(args[1]));
        NameFinderME finder = new NameFinderME(model);
        for (Sentence s : test) finder.find(s.words()); // warm-up
        finder.clearAdaptiveData();
        long tokens = 0, correct = 0, predicted = 0, gold = 0;
        t0 = System.nanoTime();
        List<Span[]> found = new ArrayList<>();
        for (Sentence s : test) {
            if (s.docStart()) finder.clearAdaptiveData();
            found.add(finder.find(s.words()));
            tokens += s.words().length;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (int k = 0; k < test.size(); k++) {
            Set<String> g = chunks(test.get(k).types());
            Set<String> p = new HashSet<>();
            for (Span sp : found.get(k)) p.add(sp.getStart() + ":" + sp.getEnd() + ":" + sp.getType().toUpperCase());
            gold += g.size(); predicted += p.size();
            for (String c : p) if (g.contains(c)) correct++;
        }
        double pr = (double) correct / predicted, rc = (double) correct / gold;
        System.out.printf("OpenNLP name finder on %s: P %.3f R %.3f F1 %.3f; %,.0f tokens/s on one thread%n", args[1], pr, rc,
                2 * pr * rc / (pr + rc), tokens / seconds);
    }
}
