package io.pressroom.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.app.IngestReport;
import io.pressroom.app.IngestService;
import io.pressroom.store.ArticleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read pages and articles into the index: files, folders (recursively), globs, or - for standard input.",
                "Formats: HTML pages (.html/.htm; article and metadata extracted, non-article pages skipped unless --all-pages), WARC archives",
                "(.warc/.warc.gz: HTML responses; other records skipped and counted),", "text dumps (.txt; boilerplate removed), JSONL (.jsonl/.ndjson, one article a line); .gz is read transparently.",
                "Re-ingesting the same content adds nothing. Ends with a report; exit code 1 when some documents failed."})
final class IngestCommand implements Callable<Integer> {
    static final int SHOWN_FAILURES = 25;

    @Spec CommandSpec spec;
    @Mixin DataDir data;
    @Mixin ReadOptions read;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, globs, or - (stdin).")
    List<String> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "10000",
            description = "Commit after this many new articles, at most every 5 s (a crash loses at most the uncommitted ones; Ctrl-C loses none). Default: ${DEFAULT-VALUE}.")
    int commitEvery;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the full report, every failure included, as JSON.")
    Path reportFile;

    @Option(names = "--no-progress", description = "No progress bar (it only shows on a terminal anyway).")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        IngestService service = new IngestService(read.readers(), read.pipeline(), threads, commitEvery, read.forcedFormat());
        IngestReport report;
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // Ctrl-C: stop reading, let the documents in flight finish, commit, then let the JVM go.
            Shutdown.begin();
            service.requestStop();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pressroom-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (ArticleWriter writer = ArticleWriter.open(data.path())) {
            IngestService.Progress progress = new IngestService.Progress();
            try (ProgressBar bar = new ProgressBar(progress, System.err, !noProgress && !json && Terminal.interactive())) {
                report = service.run(paths, writer, progress);
            }
        } finally {
            finished.countDown();
            if (!Shutdown.inProgress()) Runtime.getRuntime().removeShutdownHook(hook);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (reportFile != null) Files.writeString(reportFile, Json.write(toJson(report, Integer.MAX_VALUE)), StandardCharsets.UTF_8);
        if (json) out.println(Json.write(toJson(report, Integer.MAX_VALUE)));
        else print(report, data.path(), out);
        out.flush();
        if (report.interrupted()) return ExitCodes.INTERRUPTED;
        return report.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    static void print(IngestReport r, Path dataDir, PrintWriter out) {
        out.printf("Ingested into %s in %.1f s%s%n", dataDir, r.seconds(),
                r.interrupted() ? " (interrupted: committed work is kept; run the same command again to resume)" : "");
        out.printf("  read       %,d documents from %,d inputs%n", r.read(), r.inputs());
        out.printf("  new        %,d%s%n", r.added(), r.nearCopies() > 0 ? String.format(" (%,d of them near-copies of articles already there)", r.nearCopies()) : "");
        out.printf("  duplicate  %,d%n", r.duplicates());
        out.printf("  failed     %,d%n", r.failed());
        if (!r.skipped().isEmpty()) {
            out.printf("  skipped    %,d records that are not pages (%s)%n", r.skipped().values().stream().mapToLong(Long::longValue).sum(),
                    String.join(", ", r.skipped().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
        int shown = 0;
        for (IngestReport.Failure f : r.failures()) {
            if (shown++ == SHOWN_FAILURES) {
                out.printf("  ... and %,d more failures (use --report FILE for all)%n", r.failures().size() - SHOWN_FAILURES);
                break;
            }
            out.printf("  FAILED %s: %s%n", f.source(), f.reason());
        }
    }

    static ObjectNode toJson(IngestReport r, int maxFailures) {
        ObjectNode o = Json.object();
        o.put("inputs", r.inputs());
        o.put("read", r.read());
        o.put("new", r.added());
        o.put("near_copies", r.nearCopies());
        o.put("duplicate", r.duplicates());
        o.put("failed", r.failed());
        o.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        o.put("interrupted", r.interrupted());
        ObjectNode skipped = o.putObject("skipped");
        r.skipped().forEach(skipped::put);
        ArrayNode failures = o.putArray("failures");
        r.failures().stream().limit(maxFailures).forEach(f -> failures.addObject().put("source", f.source()).put("reason", f.reason()));
        return o;
    }
}
