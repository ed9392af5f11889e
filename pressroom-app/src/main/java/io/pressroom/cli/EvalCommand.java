package io.pressroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.eval.PolnearConvention;
import io.pressroom.eval.QuoteScores;
import io.pressroom.model.Article;
import io.pressroom.model.PartialDateTime;
import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.quote.QuoteExtractor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure extraction quality against gold data.",
        subcommands = {EvalCommand.Quotes.class, EvalCommand.Time.class, EvalHtmlCommand.class, EvalDedupCommand.class, EvalCommand.TrainCues.class,
                EvalNerCommand.Ner.class, EvalNerCommand.Train.class, EvalNerCommand.TrainClusters.class})
final class EvalCommand {

    @Command(name = "time", mixinStandardHelpOptions = true,
            description = {"Run the time stage over TimeML-style gold ({\"id\", \"dct\", \"text\", \"timexes\"}: TimeBank, AQUAINT),",
                    "resolving against each document's creation date; write predictions in the same schema and print the",
                    "TempEval-3 style figures of ../shared/data/tempeval/score.py (strict and relaxed extent F1, value accuracy, value F1)."})
    static final class Time implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @Spec CommandSpec spec;

        @Parameters(paramLabel = "GOLD", description = "Gold documents (JSONL).")
        Path gold;

        @Option(names = "--out", paramLabel = "PRED", description = "Write predictions here (JSONL).")
        Path out;

        @Override
        public Integer call() throws IOException {
            long nGold = 0, nPred = 0, strict = 0, relaxed = 0, value = 0, type = 0;
            int docs = 0;
            BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank()) continue;
                    docs++;
                    JsonNode g = JSON.readTree(line);
                    java.time.LocalDate dct = null;
                    if (g.hasNonNull("dct")) {
                        try {
                            dct = java.time.LocalDate.parse(g.get("dct").asText().substring(0, 10));
                        } catch (RuntimeException e) {
                            dct = null;
                        }
                    }
                    List<io.pressroom.model.Timex> pred = io.pressroom.time.TimeExpressions.find(g.get("text").asText(), dct);
                    List<JsonNode> gt = new ArrayList<>();
                    g.path("timexes").forEach(gt::add);
                    nGold += gt.size();
                    nPred += pred.size();
                    java.util.Set<String> spans = new java.util.HashSet<>();
                    for (var p : pred) spans.add(p.span().start() + ":" + p.span().end());
                    for (JsonNode x : gt) if (spans.contains(x.get("start").asInt() + ":" + x.get("end").asInt())) strict++;
                    List<int[]> pairs = new ArrayList<>();
                    for (int i = 0; i < gt.size(); i++) {
                        for (int j = 0; j < pred.size(); j++) {
                            int ov = Math.min(gt.get(i).get("end").asInt(), pred.get(j).span().end())
                                    - Math.max(gt.get(i).get("start").asInt(), pred.get(j).span().start());
                            if (ov > 0) pairs.add(new int[] {ov, i, j});
                        }
                    }
                    pairs.sort((a, b) -> a[0] != b[0] ? b[0] - a[0] : a[1] != b[1] ? b[1] - a[1] : b[2] - a[2]);
                    java.util.Set<Integer> usedG = new java.util.HashSet<>();
                    java.util.Set<Integer> usedP = new java.util.HashSet<>();
                    for (int[] pr : pairs) {
                        if (usedG.contains(pr[1]) || usedP.contains(pr[2])) continue;
                        usedG.add(pr[1]);
                        usedP.add(pr[2]);
                        relaxed++;
                        String gv = gt.get(pr[1]).path("value").asText("");
                        String pv = pred.get(pr[2]).value() == null ? "" : pred.get(pr[2]).value();
                        if (gv.equals(pv)) value++;
                        if (gt.get(pr[1]).path("type").asText("").equalsIgnoreCase(pred.get(pr[2]).type())) type++;
                    }
                    if (w != null) {
                        ObjectNode o = JSON.createObjectNode();
                        o.put("id", g.get("id").asText());
                        ArrayNode arr = o.putArray("timexes");
                        for (var p : pred) {
                            arr.addObject().put("start", p.span().start()).put("end", p.span().end()).put("type", p.type()).put("value", p.value());
                        }
                        w.write(JSON.writeValueAsString(o));
                        w.write('\n');
                    }
                }
            } finally {
                if (w != null) w.close();
            }
            QuoteScores.Prf s = QuoteScores.Prf.of(strict, nPred - strict, nGold - strict);
            QuoteScores.Prf rx = QuoteScores.Prf.of(relaxed, nPred - relaxed, nGold - relaxed);
            double va = relaxed == 0 ? 0 : (double) value / relaxed;
            double ta = relaxed == 0 ? 0 : (double) type / relaxed;
            PrintWriter pw = spec.commandLine().getOut();
            pw.printf("documents %d, gold timexes %d, predicted %d%n", docs, nGold, nPred);
            pw.printf("strict   %s%n", s);
            pw.printf("relaxed  %s%n", rx);
            pw.printf("value accuracy %.3f  type accuracy %.3f%n", va, ta);
            pw.printf("value F1 %.3f%n", va * rx.f1());
            pw.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "train-cues", mixinStandardHelpOptions = true,
            description = {"Train the cue detector of the quote stage on PolNeAR-style articles (train split only) and write",
                    "its weights; copy them to pressroom-core/src/main/resources/io/pressroom/quote/cue-model.tsv to ship them."})
    static final class TrainCues implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "TRAIN", description = "Training articles (JSONL with quotes and cue offsets).")
        Path train;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the weights (TSV).")
        Path out;

        @Option(names = "--epochs", paramLabel = "N", defaultValue = "5", description = "Passes over the data. Default: ${DEFAULT-VALUE}.")
        int epochs;

        @Override
        public Integer call() throws IOException {
            String summary = io.pressroom.eval.CueTrainer.train(train, out, epochs);
            spec.commandLine().getOut().println("trained on " + summary + "; weights in " + out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Run the quote stage over articles in the PolNeAR JSONL schema (id, text, publication_date, quotes)",
                    "and write predictions in the schema of ../shared/data/polnear/score.py (character offsets into the gold text).",
                    "Prints overlap F1 at 0.3 and 0.8 with speaker and cue accuracy, and exact source and content F1."})
    static final class Quotes implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @Spec CommandSpec spec;

        @Parameters(paramLabel = "GOLD", description = "Gold articles (JSONL).")
        Path gold;

        @Option(names = "--out", paramLabel = "PRED", description = "Write predictions here (JSONL).")
        Path out;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Only the first N articles (0: all).")
        int limit;

        @Override
        public Integer call() throws IOException {
            QuoteExtractor stage = new QuoteExtractor();
            Map<String, List<QuoteScores.Q>> goldQuotes = new LinkedHashMap<>();
            Map<String, List<QuoteScores.Q>> predQuotes = new LinkedHashMap<>();
            BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            int n = 0;
            try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank()) continue;
                    if (limit > 0 && n >= limit) break;
                    n++;
                    JsonNode g = JSON.readTree(line);
                    String id = g.get("id").asText();
                    Article a = stage.apply(article(g));
                    goldQuotes.put(id, goldQuotes(g));
                    List<QuoteScores.Q> preds = new ArrayList<>();
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", id);
                    ArrayNode qs = o.putArray("quotes");
                    for (List<Quote> group : PolnearConvention.group(a.quotes())) {
                        Quote q = group.get(0);
                        List<int[]> spans = PolnearConvention.contentSpans(a, group);
                        int start = spans.stream().mapToInt(x -> x[0]).min().orElseThrow();
                        int end = spans.stream().mapToInt(x -> x[1]).max().orElseThrow();
                        ObjectNode j = qs.addObject();
                        j.put("start", start);
                        j.put("end", end);
                        ArrayNode cs = j.putArray("content_spans");
                        spans.forEach(x -> cs.addArray().add(x[0]).add(x[1]));
                        putSpan(j, "speaker", q.speakerMention());
                        j.put("speaker_text", a.text(q.speakerMention()));
                        j.put("speaker_resolved", q.speaker());
                        j.put("cue", a.text(q.cue()));
                        putSpan(j, "cue", q.cue());
                        j.put("type", q.type().json());
                        preds.add(new QuoteScores.Q(start, end, spans, arr(q.speakerMention()), arr(q.cue()), a.text(q.cue())));
                    }
                    predQuotes.put(id, preds);
                    if (w != null) {
                        w.write(JSON.writeValueAsString(o));
                        w.write('\n');
                    }
                }
            } finally {
                if (w != null) w.close();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            PrintWriter pw = spec.commandLine().getOut();
            pw.printf("%d articles, %d gold quotes, %d predicted (%.1f s)%n", n, goldQuotes.values().stream().mapToInt(List::size).sum(),
                    predQuotes.values().stream().mapToInt(List::size).sum(), secs);
            for (double thr : new double[] {0.3, 0.8}) {
                QuoteScores.Overlap o = QuoteScores.overlap(goldQuotes, predQuotes, thr);
                pw.printf("GGT  quotes@%.1f  %s | speaker-acc %.3f cue-acc %.3f%n", thr, o.prf(), o.speakerAccuracy(), o.cueAccuracy());
            }
            pw.printf("CITRON exact source   %s%n", QuoteScores.exact(goldQuotes, predQuotes, "source"));
            pw.printf("CITRON exact content  %s%n", QuoteScores.exact(goldQuotes, predQuotes, "content"));
            pw.flush();
            return ExitCodes.OK;
        }

        /** The gold text as an article body, one paragraph a non-empty line, offsets unchanged. */
        static Article article(JsonNode g) {
            String text = g.get("text").asText();
            List<TextSpan> paragraphs = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl;
                int s = i;
                int e = end;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) paragraphs.add(new TextSpan(s, e));
                i = end + 1;
            }
            PartialDateTime published = null;
            JsonNode d = g.get("publication_date");
            if (d != null && !d.isNull()) {
                try {
                    published = PartialDateTime.parseIso(d.asText());
                } catch (RuntimeException e) {
                    published = null;
                }
            }
            return new Article(g.get("id").asText(), "eval", null, null, null, published, null, null, null, text, paragraphs,
                    List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }

        static List<QuoteScores.Q> goldQuotes(JsonNode g) {
            List<QuoteScores.Q> out = new ArrayList<>();
            for (JsonNode q : g.get("quotes")) {
                List<int[]> content = new ArrayList<>();
                for (JsonNode s : q.path("content_spans")) content.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
                if (content.isEmpty()) content.add(new int[] {q.get("start").asInt(), q.get("end").asInt()});
                int[] speaker = q.path("speaker_start").isNumber() ? new int[] {q.get("speaker_start").asInt(), q.get("speaker_end").asInt()} : null;
                JsonNode sps = q.path("speaker_spans");
                if (sps.isArray() && sps.size() > 1) speaker = new int[] {-1, -1}; // several speaker fragments: never an exact single span
                int[] cue = q.path("cue_start").isNumber() ? new int[] {q.get("cue_start").asInt(), q.get("cue_end").asInt()} : null;
                out.add(new QuoteScores.Q(q.get("start").asInt(), q.get("end").asInt(), content, speaker, cue,
                        q.path("cue").isNull() ? null : q.path("cue").asText()));
            }
            return out;
        }

        private static void putSpan(ObjectNode j, String name, TextSpan s) {
            if (s == null) {
                j.putNull(name + "_start");
                j.putNull(name + "_end");
            } else {
                j.put(name + "_start", s.start());
                j.put(name + "_end", s.end());
            }
        }

        private static int[] arr(TextSpan s) {
            return s == null ? null : new int[] {s.start(), s.end()};
        }
    }
}
