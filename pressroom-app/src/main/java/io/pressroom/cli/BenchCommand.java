package io.pressroom.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.ingest.DocumentReader;
import io.pressroom.ingest.DocumentSink;
import io.pressroom.ingest.Input;
import io.pressroom.ingest.InputResolver;
import io.pressroom.ingest.Readers;
import io.pressroom.model.Article;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.ArticleStage;
import io.pressroom.pipeline.DocumentException;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.store.ArticleWriter;
import io.pressroom.text.TextDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures the pipeline: each stage alone on one thread (articles/second), the whole pipeline on one
 * thread and on all cores, with and without indexing (into a temporary index that is deleted), and the
 * peak heap. Documents are read into memory first so disk speed does not count. Later stages add
 * themselves through {@link Pipeline#stages()}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the pipeline stages and indexing over INPUT (articles/second on one thread and on all cores, peak heap).")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReadOptions read;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or globs, as for ingest.")
    List<String> inputs;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Use at most N documents (0: all).")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the all-cores run (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-index", description = "Skip the indexing measurements.")
    boolean noIndex;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest JIT warm-up over the documents before anything is timed (default ${DEFAULT-VALUE}; "
                    + "slow stages on large pages need more to reach steady speed).")
    int warmupSeconds;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    private record Row(String stage, double oneThread, double allCores) { }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Pipeline pipeline = read.pipeline();
        List<RawDocument> docs = load(read.readers());
        if (docs.isEmpty()) throw new IllegalArgumentException("no documents to benchmark in " + inputs);
        long bytes = docs.stream().mapToLong(RawDocument::size).sum();

        // Warm-up, so the JIT has compiled the hot paths before anything is timed: at least 5,000
        // documents or two seconds, whichever comes later, capped at --warmup seconds.
        long warmStart = System.nanoTime();
        int warmedUp;
        for (int done = 0; ; done++) {
            long elapsed = System.nanoTime() - warmStart;
            if (done >= 5000 && elapsed > 2e9 || elapsed > warmupSeconds * 1e9) {
                warmedUp = done;
                break;
            }
            try {
                pipeline.process(docs.get(done % docs.size()));
            } catch (DocumentException e) {
                // counted below
            }
        }

        Map<String, Double> single = new LinkedHashMap<>();
        resetPeaks();
        List<TextDecoder.Decoded> decoded = new ArrayList<>(docs.size());
        long t = System.nanoTime();
        for (RawDocument d : docs) {
            try {
                decoded.add(pipeline.decode(d));
            } catch (DocumentException e) {
                decoded.add(null);
            }
        }
        single.put("decode", rate(docs.size(), t));
        List<Article> articles = new ArrayList<>(docs.size());
        t = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            if (decoded.get(i) == null) continue;
            try {
                articles.add(pipeline.clean(docs.get(i), decoded.get(i)));
            } catch (DocumentException e) {
                // a document without article text
            }
        }
        single.put("clean", rate(docs.size(), t));
        for (ArticleStage stage : pipeline.stages()) {
            t = System.nanoTime();
            articles.replaceAll(stage::apply);
            single.put(stage.name(), rate(articles.size(), t));
        }
        int failed = docs.size() - articles.size();
        t = System.nanoTime();
        for (RawDocument d : docs) {
            try {
                pipeline.process(d);
            } catch (DocumentException e) {
                // counted above
            }
        }
        single.put("pipeline", rate(docs.size(), t));
        long peakPipeline = peakHeap();

        ForkJoinPool pool = new ForkJoinPool(threads);
        double allPipeline;
        try {
            t = System.nanoTime();
            pool.submit(() -> docs.parallelStream().forEach(d -> {
                try {
                    pipeline.process(d);
                } catch (DocumentException e) {
                    // counted above
                }
            })).get();
            allPipeline = rate(docs.size(), t);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }

        List<Row> rows = new ArrayList<>();
        single.forEach((k, v) -> rows.add(new Row(k, v, k.equals("pipeline") ? allPipeline : Double.NaN)));
        long peakIndex = 0;
        if (!noIndex) {
            resetPeaks();
            double indexOne = timeIndex(articles, new ForkJoinPool(1));
            double indexAll = timeIndex(articles, pool);
            rows.add(new Row("index", indexOne, indexAll));
            double both1 = 1.0 / (1.0 / single.get("pipeline") + 1.0 / indexOne);
            double bothN = 1.0 / (1.0 / allPipeline + 1.0 / indexAll);
            rows.add(new Row("pipeline + index", both1, bothN));
            peakIndex = peakHeap();
        }
        pool.shutdown();

        PrintWriter out = spec.commandLine().getOut();
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (json) {
            ObjectNode o = Json.object();
            o.put("documents", docs.size());
            o.put("bytes", bytes);
            o.put("articles", articles.size());
            o.put("failed", failed);
            o.put("threads", threads);
            o.put("warmup_documents", warmedUp);
            o.put("cores", Runtime.getRuntime().availableProcessors());
            ArrayNode stages = o.putArray("stages");
            for (Row r : rows) {
                ObjectNode s = stages.addObject().put("stage", r.stage()).put("articles_per_second_1_thread", Math.round(r.oneThread()));
                if (!Double.isNaN(r.allCores())) {
                    s.put("articles_per_second_all_cores", Math.round(r.allCores()));
                    s.put("articles_per_second_per_core", Math.round(r.allCores() / threads));
                }
            }
            o.put("peak_heap_bytes_pipeline", peakPipeline);
            o.put("peak_heap_bytes_index", peakIndex);
            o.put("max_heap_bytes", maxHeap);
            out.println(Json.write(o));
        } else {
            out.printf("%,d documents (%s) → %,d articles, %,d without article text; Java %s, %d cores, max heap %s;"
                    + " warm-up %,d documents%n",
                    docs.size(), Pipeline.sizeText(bytes), articles.size(), failed, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Pipeline.sizeText(maxHeap), warmedUp);
            out.printf("%-18s %16s %18s %14s%n", "stage", "1 thread art/s", threads + " threads art/s", "per core");
            for (Row r : rows) {
                if (Double.isNaN(r.allCores())) out.printf("%-18s %,16.0f %18s %14s%n", r.stage(), r.oneThread(), "", "");
                else out.printf("%-18s %,16.0f %,18.0f %,14.0f%n", r.stage(), r.oneThread(), r.allCores(), r.allCores() / threads);
            }
            out.printf("peak heap: %s during the pipeline runs (documents held in memory), %s while indexing%n",
                    Pipeline.sizeText(peakPipeline), noIndex ? "-" : Pipeline.sizeText(peakIndex));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<RawDocument> load(Readers readers) throws IOException {
        List<RawDocument> docs = new ArrayList<>();
        LongAdder failures = new LongAdder();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(RawDocument d) {
                if (limit <= 0 || docs.size() < limit) docs.add(d);
            }

            @Override
            public void fail(String source, String reason) {
                failures.increment();
            }
        };
        InputResolver.Resolved resolved = InputResolver.resolve(inputs);
        for (String[] p : resolved.problems()) spec.commandLine().getErr().println("pressroom: " + p[0] + ": " + p[1]);
        for (Input in : resolved.inputs()) {
            if (limit > 0 && docs.size() >= limit) break;
            DocumentReader reader = readers.forInput(in, read.forcedFormat()).orElse(null);
            if (reader == null) continue;
            reader.read(in, sink);
        }
        return docs;
    }

    private static double timeIndex(List<Article> articles, ForkJoinPool pool) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("pressroom-bench");
        try {
            long t;
            try (ArticleWriter w = ArticleWriter.open(dir)) {
                t = System.nanoTime();
                pool.submit(() -> articles.parallelStream().forEach(a -> {
                    try {
                        w.add(a);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })).get();
                w.commit();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException(e.getCause());
            }
            return rate(articles.size(), t);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double rate(int n, long startNanos) {
        double secs = (System.nanoTime() - startNanos) / 1e9;
        return n / Math.max(secs, 1e-9);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the true peak). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }
}
