package io.pressroom.cli;

import io.pressroom.eval.Conll;
import io.pressroom.ner.NerModel;
import io.pressroom.ner.NerTags;
import io.pressroom.ner.NerTrainer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Training and measuring the named-entity tagger on CoNLL-2003 files. */
final class EvalNerCommand {
    private EvalNerCommand() { }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Tag a CoNLL-2003 file (eng.testa) with the shipped NER model, or --model FILE, and print the",
                    "conlleval entity precision, recall and F1 per type and overall, and the tagging speed on one core.",
                    "--out writes the file back with the predicted tag appended (the input of ../shared/data/conll2003/score.py)."})
    static final class Ner implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "CoNLL file with gold tags in the last column.")
        Path file;

        @Option(names = "--out", paramLabel = "PRED", description = "Write token, gold tag, predicted tag lines here.")
        Path out;

        @Option(names = "--model", paramLabel = "MODEL", description = "A model written by 'eval train-ner' instead of the shipped one.")
        Path model;

        @Override
        public Integer call() throws IOException {
            NerModel m = model == null ? NerModel.standard() : load(model);
            List<Conll.Doc> docs = Conll.read(file);
            List<List<int[]>> predicted = new ArrayList<>();
            long tokens = 0;
            for (Conll.Doc d : docs) for (Conll.Sentence s : d.sentences()) tokens += s.words().length;
            List<List<String[]>> words = new ArrayList<>(docs.size());
            for (Conll.Doc d : docs) words.add(d.training().words());
            // Speed: a warm-up pass, then the timed pass whose tags are scored.
            for (List<String[]> w : words) m.tag(w);
            long t0 = System.nanoTime();
            for (List<String[]> w : words) predicted.add(m.tag(w));
            double seconds = (System.nanoTime() - t0) / 1e9;
            int types = NerTags.TYPES.length;
            long[] gold = new long[types], pred = new long[types], correct = new long[types];
            BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            for (int di = 0; di < docs.size(); di++) {
                List<Conll.Sentence> sentences = docs.get(di).sentences();
                if (w != null) w.write("-DOCSTART- -X- O O O\n\n");
                for (int si = 0; si < sentences.size(); si++) {
                    Conll.Sentence s = sentences.get(si);
                    int[] p = predicted.get(di).get(si);
                    Set<String> g = NerTags.chunks(s.tags());
                    Set<String> q = NerTags.chunks(p);
                    for (String c : g) gold[typeOf(c)]++;
                    for (String c : q) {
                        pred[typeOf(c)]++;
                        if (g.contains(c)) correct[typeOf(c)]++;
                    }
                    if (w != null) {
                        for (int i = 0; i < p.length; i++) {
                            w.write(s.lines().get(i) + " " + NerTags.name(p[i]) + "\n");
                        }
                        w.write("\n");
                    }
                }
            }
            if (w != null) w.close();
            PrintWriter pw = spec.commandLine().getOut();
            long tg = 0, tp = 0, tc = 0;
            for (int t = 0; t < types; t++) {
                pw.println(line(NerTags.TYPES[t], correct[t], pred[t], gold[t]));
                tg += gold[t];
                tp += pred[t];
                tc += correct[t];
            }
            pw.println(line("all", tc, tp, tg));
            pw.printf("%,d tokens in %,d documents: %,.0f tokens/s on one core (model: %,d features)%n", tokens, docs.size(),
                    tokens / seconds, m.features());
            pw.flush();
            return ExitCodes.OK;
        }

        private static int typeOf(String chunk) {
            return Integer.parseInt(chunk.substring(chunk.lastIndexOf(':') + 1));
        }

        private static String line(String name, long correct, long pred, long gold) {
            double p = pred == 0 ? 0 : (double) correct / pred;
            double r = gold == 0 ? 0 : (double) correct / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format("%-5s P %.3f  R %.3f  F1 %.3f  (gold %,d, predicted %,d, correct %,d)", name, p, r, f, gold, pred, correct);
        }
    }

    static NerModel load(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return NerModel.read(in);
        }
    }

    @Command(name = "train-ner", mixinStandardHelpOptions = true,
            description = {"Train the named-entity tagger on a CoNLL-2003 training file (eng.train only; never testa) and",
                    "write the model; copy it to pressroom-core/src/main/resources/io/pressroom/ner/ner-model.bin.gz to ship it."})
    static final class Train implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "TRAIN", description = "CoNLL training file.")
        Path train;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
        Path out;

        @Option(names = "--epochs", paramLabel = "N", defaultValue = "12", description = "Passes over the data. Default: ${DEFAULT-VALUE}.")
        int epochs;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "17", description = "Shuffling seed. Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--models", paramLabel = "N", defaultValue = "3",
                description = "Models trained with seeds SEED, SEED+1, ... and summed. Default: ${DEFAULT-VALUE}.")
        int models;

        @Override
        public Integer call() throws IOException {
            List<NerTrainer.Document> docs = new ArrayList<>();
            for (Conll.Doc d : Conll.read(train)) docs.add(d.training());
            PrintWriter pw = spec.commandLine().getOut();
            int[] epoch = {0};
            NerModel m = NerTrainer.train(docs, epochs, seed, models, errors -> {
                pw.printf("epoch %d: %,d token errors%n", ++epoch[0], errors);
                pw.flush();
            });
            try (OutputStream o = Files.newOutputStream(out)) {
                m.write(o);
            }
            pw.printf("trained on %,d documents; %,d features; model in %s (%,d bytes)%n", docs.size(), m.features(), out,
                    Files.size(out));
            pw.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "train-clusters", mixinStandardHelpOptions = true,
            description = {"Cluster words by their neighbours in unlabelled news (JSONL 'text' fields, CoNLL first columns) for",
                    "the NER tagger's cluster features; copy the output to",
                    "pressroom-core/src/main/resources/io/pressroom/ner/word-clusters.tsv.gz to ship it."})
    static final class TrainClusters implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Unlabelled text: .jsonl files or CoNLL files.")
        List<Path> inputs;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the clusters (TSV, gzip).")
        Path out;

        @Override
        public Integer call() throws IOException {
            String summary = io.pressroom.eval.ClusterTrainer.train(inputs, out);
            spec.commandLine().getOut().println(summary + "; clusters in " + out);
            return ExitCodes.OK;
        }
    }
}
