package io.pressroom.cli;

import io.pressroom.ingest.DocumentSink;
import io.pressroom.ingest.FieldMapping;
import io.pressroom.ingest.Input;
import io.pressroom.ingest.JsonlReader;
import io.pressroom.link.Linker;
import io.pressroom.link.MemoryLinkStore;
import io.pressroom.link.Fingerprint;
import io.pressroom.model.Article;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.DocumentException;
import io.pressroom.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pressroom eval dedup}: links a JSONL corpus in file order, as ingest would, then scores the
 * near-duplicate decisions against hand-labelled pairs and against synthetic syndicated copies.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Near-duplicate detection: link CORPUS (JSONL) in file order, then print precision/recall/F1 on",
                "hand-labelled pairs (--pairs: TSV of line numbers and copy|distinct|unsure) and on synthetic",
                "syndicated copies (--synthetic N: copies with edited boilerplate, trimmed endings, new headlines)."})
final class EvalDedupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", description = "JSONL corpus (text, title, published fields).")
    Path corpus;

    @Option(names = "--pairs", paramLabel = "TSV", description = "Labelled pairs: line_a, line_b, copy|distinct|unsure[, note].")
    Path pairs;

    @Option(names = "--published-field", paramLabel = "NAME", defaultValue = "published",
            description = "JSONL field with the publication time. Default: ${DEFAULT-VALUE}.")
    String publishedField;

    @Option(names = "--synthetic", paramLabel = "N", defaultValue = "0", description = "Also make and link N synthetic copies.")
    int synthetic;

    @Option(names = "--errors", description = "List the pairs decided wrongly.")
    boolean errors;

    @Option(names = "--statement-pairs", paramLabel = "TSV",
            description = "Hand-labelled linked quotation pairs (line, start, end of each; same|different): statement precision.")
    Path statementPairs;

    @Option(names = "--story-labels", paramLabel = "TSV", description = "Hand-made story clusters (line, cluster): B-cubed precision/recall of stories.")
    Path storyLabels;

    @Option(names = "--sample-stories", paramLabel = "N", defaultValue = "0",
            description = "Print N stories of 2-8 articles with, for each, articles of the same days that name the same people (for labelling).")
    int sampleStories;

    @Option(names = "--sample-statements", paramLabel = "N", defaultValue = "0",
            description = "Print N random pairs of quotations linked into one statement across articles (for labelling).")
    int sampleStatements;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = Pipeline.standard();
        List<RawDocument> docs = new ArrayList<>();
        new JsonlReader(FieldMapping.defaults().with("published", publishedField), 10L << 20).read(Input.of(corpus), new DocumentSink() {
            @Override
            public void accept(RawDocument d) {
                docs.add(d);
            }

            @Override
            public void fail(String source, String reason) {
                docs.add(null);
            }
        });
        long t0 = System.nanoTime();
        List<Article> articles = docs.parallelStream().map(d -> {
            try {
                return d == null ? null : pipeline.process(d);
            } catch (DocumentException e) {
                return null;
            }
        }).toList();
        long t1 = System.nanoTime();
        // Bodies kept, as the index keeps them: the linker reads its chosen copy's text (flags, template notices).
        MemoryLinkStore store = new MemoryLinkStore(true);
        Linker linker = new Linker();
        Map<Integer, Article> byLine = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (a == null) continue;
            Linker.Result r = linker.link(a, store);
            store.add(r);
            byLine.put(i + 1, r.article());
        }
        long t2 = System.nanoTime();
        long copies = byLine.values().stream().filter(a -> a.links().duplicateOf() != null).count();
        out.printf("%s: %,d articles linked in %.1f s (pipeline %.1f s on all cores); %,d near-copies%n", corpus.getFileName(),
                byLine.size(), (t2 - t1) / 1e9, (t1 - t0) / 1e9, copies);
        if (pairs != null) scorePairs(byLine, out);
        if (sampleStatements > 0) sampleStatementPairs(byLine, out);
        if (sampleStories > 0) sampleStories(byLine, out);
        if (storyLabels != null) scoreStories(byLine, out);
        if (statementPairs != null) scoreStatements(byLine, out);
        if (synthetic > 0) {
            List<Article> linked = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) linked.add(byLine.get(i + 1));
            scoreSynthetic(linked, pipeline, linker, store, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String group(Article a) {
        return a.links().duplicateOf() != null ? a.links().duplicateOf() : a.id();
    }

    private void scorePairs(Map<Integer, Article> byLine, PrintWriter out) throws IOException {
        int tp = 0, fp = 0, fn = 0, tn = 0, unsure = 0, missing = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(pairs)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            String label = f[2].strip();
            if (label.equals("unsure")) {
                unsure++;
                continue;
            }
            Article a = byLine.get(Integer.parseInt(f[0].strip()));
            Article b = byLine.get(Integer.parseInt(f[1].strip()));
            if (a == null || b == null) {
                missing++;
                continue;
            }
            boolean gold = label.equals("copy");
            boolean predicted = group(a).equals(group(b));
            if (gold && predicted) tp++;
            else if (!gold && !predicted) tn++;
            else {
                if (predicted) fp++;
                else fn++;
                Fingerprint fa = Fingerprint.of(a.body());
                Fingerprint fb = Fingerprint.of(b.body());
                boolean both = fa != null && fb != null;
                wrong.add(String.format("  %s %s-%s  Jaccard %.2f containment %.2f figures %.2f  %s | %s", predicted ? "FP" : "FN", f[0], f[1],
                        both ? fa.similarity(fb) : 0, both ? fa.containment(fb) : 0, both ? fa.numberAgreement(fb) : 0, a.headline(), b.headline()));
            }
        }
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        out.printf("labelled pairs (%s): %d copies, %d distinct (%d unsure left out, %d unreadable)%n", pairs.getFileName(),
                tp + fn, fp + tn, unsure, missing);
        out.printf("  near-duplicates  P %.3f  R %.3f  F1 %.3f   (TP %d FP %d FN %d TN %d)%n", p, r, f1(p, r), tp, fp, fn, tn);
        if (errors) wrong.forEach(out::println);
    }

    /**
     * Copies of randomly chosen articles as syndication makes them: a dateline and the agency tag in front, its copyright and "read more" lines at the end, the last fifth cut, a new headline.
     */
    private void scoreSynthetic(List<Article> articles, Pipeline pipeline, Linker linker, MemoryLinkStore store, PrintWriter out) {
        Random rnd = new Random(2026);
        List<Article> pool = articles.stream().filter(a -> a != null && a.body().split("\\s+").length >= 80).toList();
        String[][] outlets = {{"SEOUL", "Yonhap"}, {"LONDON", "Reuters"}, {"NEW YORK", "AP"}, {"PARIS", "AFP"}};
        int linked = 0, right = 0;
        for (int i = 0; i < synthetic && !pool.isEmpty(); i++) {
            Article original = pool.get(rnd.nextInt(pool.size()));
            String[] o = outlets[rnd.nextInt(outlets.length)].clone();
            // The copy carries the agency of the story it copies, as syndicated copy does.
            if (original.agency() != null) o[1] = original.agency();
            String[] words = original.body().split("(?<=\\s)");
            int keep = (int) (words.length * (0.75 + 0.2 * rnd.nextDouble()));
            String body = o[0] + " (" + o[1] + ") -- " + String.join("", java.util.Arrays.copyOf(words, keep)).strip()
                    + "\n\nCopyright " + o[1] + ". All rights reserved. This material may not be published, broadcast or redistributed."
                    + "\n\nRead more: subscribe to our daily newsletter for the top stories.";
            RawDocument raw = RawDocument.ofText("synthetic:" + i, body, Pipeline.RECORD_TYPE, null,
                    new io.pressroom.model.DocumentHints("Copy " + i + ": " + original.headline(), null,
                            original.published() == null ? null : original.published().toString(), null, null, null, "Synthetic Times"));
            try {
                Linker.Result result = linker.link(pipeline.process(raw), store);
                store.add(result);
                Article copy = result.article();
                if (copy.links().duplicateOf() != null) {
                    linked++;
                    if (copy.links().duplicateOf().equals(group(original))) right++;
                }
                if (errors && !group(original).equals(copy.links().duplicateOf())) {
                    Fingerprint fo = Fingerprint.of(original.body());
                    Fingerprint fc = Fingerprint.of(copy.body());
                    out.printf("  synthetic %s of %s (%d words): Jaccard %.2f containment %.2f figures %.2f%n",
                            copy.links().duplicateOf() == null ? "missed" : "wrong", original.source(), original.body().split("\\s+").length,
                            fo.similarity(fc), fo.containment(fc), fo.numberAgreement(fc));
                }
            } catch (DocumentException e) {
                // too short after cutting: not counted
            }
        }
        double p = linked == 0 ? 1 : right / (double) linked;
        double r = right / (double) synthetic;
        out.printf("synthetic copies (%d): P %.3f  R %.3f  F1 %.3f   (linked %d, to the right article %d)%n", synthetic, p, r, f1(p, r),
                linked, right);
    }

    /** Pairs of quotations from different articles linked into one statement, sampled for labelling by reading. */
    private void sampleStatementPairs(Map<Integer, Article> byLine, PrintWriter out) {
        Map<String, List<int[]>> reports = new java.util.TreeMap<>();
        for (var e : new java.util.TreeMap<>(byLine).entrySet()) {
            Article a = e.getValue();
            for (int i = 0; i < a.quotes().size(); i++) {
                String st = a.links().statement(i);
                if (st != null) reports.computeIfAbsent(st, k -> new ArrayList<>()).add(new int[] {e.getKey(), i});
            }
        }
        List<int[][]> linked = new ArrayList<>();
        for (List<int[]> rs : reports.values()) {
            for (int k = 1; k < rs.size(); k++) {
                // Reports in two copies of one article are the same words by construction: only pairs across
                // different stories' versions say something about statement linking.
                Article first = byLine.get(rs.get(0)[0]);
                Article other = byLine.get(rs.get(k)[0]);
                if (!group(first).equals(group(other))) linked.add(new int[][] {rs.get(0), rs.get(k)});
            }
        }
        java.util.Collections.shuffle(linked, new Random(23));
        out.printf("%d linked pairs across articles that are not copies of each other; %d sampled%n", linked.size(), Math.min(sampleStatements, linked.size()));
        for (int[][] pair : linked.subList(0, Math.min(sampleStatements, linked.size()))) {
            StringBuilder row = new StringBuilder();
            for (int[] r : pair) {
                Article a = byLine.get(r[0]);
                var q = a.quotes().get(r[1]);
                row.append(r[0]).append('\t').append(q.content().start()).append('\t').append(q.content().end()).append('\t');
            }
            out.println(row + "?");
            for (int[] r : pair) {
                Article a = byLine.get(r[0]);
                var q = a.quotes().get(r[1]);
                out.printf("   # %s [%s, %s] %s%n", a.links().variant(r[1]) == null ? "first" : a.links().variant(r[1]), q.speaker(),
                        a.links().duplicateOf() != null ? "copy" : "", a.text(q.content()).replace('\n', ' '));
            }
        }
    }

    /** Precision of statement links: labelled pairs still linked count as right when labelled "same". */
    private void scoreStatements(Map<Integer, Article> byLine, PrintWriter out) throws IOException {
        int same = 0, different = 0, unlinked = 0, missing = 0;
        for (String line : Files.readAllLines(statementPairs)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            String a = statementAt(byLine, f[0], f[1], f[2]);
            String b = statementAt(byLine, f[3], f[4], f[5]);
            if (a == null || b == null) {
                missing++;
                // A labelled quotation whose span the quote stage no longer produces (its reading changed).
                if (errors) {
                    List<String> gone = new ArrayList<>();
                    if (a == null) gone.add(f[0] + " " + f[1] + "-" + f[2]);
                    if (b == null) gone.add(f[3] + " " + f[4] + "-" + f[5]);
                    wrongLinks.add("  not found: " + String.join(", ", gone) + " (" + f[6].strip() + ")");
                }
                continue;
            }
            if (!a.equals(b)) {
                unlinked++;
                if (errors && f[6].strip().equals("same")) {
                    wrongLinks.add("  same but not linked: " + describe(byLine, f[0], f[1], f[2]) + "  |  " + describe(byLine, f[3], f[4], f[5]));
                }
                continue;
            }
            if (f[6].strip().equals("same")) {
                same++;
            } else {
                different++;
                if (errors) wrongLinks.add("  linked but different: " + describe(byLine, f[0], f[1], f[2]) + "  |  " + describe(byLine, f[3], f[4], f[5]));
            }
        }
        double p = same + different == 0 ? 1 : same / (double) (same + different);
        out.printf("statement links (%s): precision %.3f (%d same statement, %d not; %d no longer linked, %d not found)%n",
                statementPairs.getFileName(), p, same, different, unlinked, missing);
        wrongLinks.forEach(out::println);
    }

    private final List<String> wrongLinks = new ArrayList<>();

    /** A quotation for the error list: line, publication, speaker, words. */
    private static String describe(Map<Integer, Article> byLine, String line, String start, String end) {
        Article a = byLine.get(Integer.parseInt(line.strip()));
        for (var q : a.quotes()) {
            if (q.content().start() == Integer.parseInt(start.strip()) && q.content().end() == Integer.parseInt(end.strip())) {
                return line + " " + a.published() + " statement " + a.links().statement(a.quotes().indexOf(q)) + " [" + q.speaker() + "] " + a.text(q.content());
            }
        }
        return line;
    }

    private static String statementAt(Map<Integer, Article> byLine, String line, String start, String end) {
        Article a = byLine.get(Integer.parseInt(line.strip()));
        if (a == null) return null;
        int s = Integer.parseInt(start.strip());
        int e = Integer.parseInt(end.strip());
        for (int i = 0; i < a.quotes().size(); i++) {
            var c = a.quotes().get(i).content();
            if (c.start() == s && c.end() == e) return a.links().statement(i);
        }
        return null;
    }

    /** Stories the linker made, with near misses (same days, a shared name, another story), to label by reading. */
    private void sampleStories(Map<Integer, Article> byLine, PrintWriter out) {
        Map<String, List<Integer>> stories = new java.util.TreeMap<>();
        for (var e : new java.util.TreeMap<>(byLine).entrySet()) stories.computeIfAbsent(e.getValue().links().story(), k -> new ArrayList<>()).add(e.getKey());
        List<List<Integer>> sized = new ArrayList<>(stories.values().stream().filter(l -> l.size() >= 2 && l.size() <= 8).toList());
        java.util.Collections.shuffle(sized, new Random(5));
        Map<String, List<Integer>> byTerm = new HashMap<>();
        for (var e : byLine.entrySet()) {
            for (String t : io.pressroom.link.StoryTerms.of(e.getValue())) byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(e.getKey());
        }
        java.util.Set<Integer> shown = new java.util.TreeSet<>();
        for (List<Integer> story : sized.subList(0, Math.min(sampleStories, sized.size()))) {
            shown.addAll(story);
            Article first = byLine.get(story.get(0));
            java.time.LocalDate day = first.published() == null ? null : first.published().date();
            int added = 0;
            for (String t : io.pressroom.link.StoryTerms.of(first)) {
                for (int line : byTerm.getOrDefault(t, List.of())) {
                    Article o = byLine.get(line);
                    if (added >= 2 || story.contains(line) || o.published() == null || day == null) continue;
                    if (Math.abs(o.published().date().toEpochDay() - day.toEpochDay()) <= 3 && shown.add(line)) added++;
                }
            }
        }
        for (int line : shown) {
            Article a = byLine.get(line);
            out.printf("%d\t%s\t# %s %s | %s%n", line, a.links().story(), a.published() == null ? "?" : a.published().date(), a.headline(),
                    a.body().substring(0, Math.min(160, a.body().length())).replace('\n', ' '));
        }
    }

    /** B-cubed precision and recall of the linker's stories against hand-made clusters of the listed articles. */
    private void scoreStories(Map<Integer, Article> byLine, PrintWriter out) throws IOException {
        Map<Integer, String> gold = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(storyLabels)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (byLine.containsKey(Integer.parseInt(f[0].strip()))) gold.put(Integer.parseInt(f[0].strip()), f[1].strip());
        }
        double p = 0, r = 0;
        for (int x : gold.keySet()) {
            String sx = byLine.get(x).links().story();
            int sameSystem = 0, sameGold = 0, both = 0;
            for (int y : gold.keySet()) {
                boolean sys = byLine.get(y).links().story().equals(sx);
                boolean g = gold.get(y).equals(gold.get(x));
                if (sys) sameSystem++;
                if (g) sameGold++;
                if (sys && g) both++;
            }
            p += both / (double) sameSystem;
            r += both / (double) sameGold;
        }
        p /= gold.size();
        r /= gold.size();
        out.printf("stories (%s, %d articles, %d hand-made clusters): B-cubed P %.3f  R %.3f  F1 %.3f%n", storyLabels.getFileName(),
                gold.size(), new java.util.HashSet<>(gold.values()).size(), p, r, f1(p, r));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
