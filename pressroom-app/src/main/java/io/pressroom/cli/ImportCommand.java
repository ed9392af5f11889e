package io.pressroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.json.ArticleJson;
import io.pressroom.model.Article;
import io.pressroom.store.ArticleWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds articles that were already processed — the JSON lines of {@code pressroom export}, or the
 * {@code articles-json/} folder the Spark job writes beside its Parquet tables — without running the
 * pipeline again. Copies, statements and stories are linked against the index as in an ingest, so a
 * cluster run can be explored with {@code pressroom serve}. Reading the Parquet tables themselves would
 * put Hadoop's client libraries (some 50 MB) into the CLI; the job writes the same articles as gzip JSON
 * lines for this.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add processed articles to the index without running the pipeline again: `pressroom export` files or",
                "the Spark job's OUT/articles-json/ folder (gzip JSON lines). Known ids are skipped, so it can be run",
                "again to resume. Copies, statements and stories are linked as in an ingest."})
final class ImportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final int MAX_LINE = 32 << 20;
    private static final int MAX_LISTED_FAILURES = 20;

    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "JSONL files (.gz read transparently) or folders of them.")
    List<Path> paths;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "10000", description = "Commit after this many new articles. Default: ${DEFAULT-VALUE}.")
    int commitEvery;

    @Override
    public Integer call() throws IOException {
        if (commitEvery < 1) throw new IllegalArgumentException("--commit-every must be at least 1");
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ImportCommand::isArticleFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
        }
        long read = 0, added = 0, known = 0, failed = 0;
        List<String> failures = new ArrayList<>();
        try (ArticleWriter writer = ArticleWriter.open(data.path())) {
            long sinceCommit = 0;
            for (Path f : files) {
                try (BufferedReader r = reader(f)) {
                    int lineNo = 0;
                    for (String line; (line = r.readLine()) != null; ) {
                        lineNo++;
                        if (line.isBlank()) continue;
                        read++;
                        String where = f + ":" + lineNo;
                        Article a;
                        try {
                            a = parse(line);
                        } catch (RuntimeException e) {
                            failed++;
                            if (failures.size() < MAX_LISTED_FAILURES) failures.add(where + ": " + reason(e));
                            continue;
                        }
                        if (writer.addLinked(a) == null) {
                            known++;
                        } else {
                            added++;
                            if (++sinceCommit >= commitEvery) {
                                writer.commit();
                                sinceCommit = 0;
                            }
                        }
                    }
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Imported into %s from %d file%s%n", data.path(), files.size(), files.size() == 1 ? "" : "s");
        out.printf("  read       %,d articles%n  new        %,d%n  known      %,d (already in the index)%n  failed     %,d%n",
                read, added, known, failed);
        for (String f : failures) out.println("    " + f);
        if (failed > failures.size()) out.printf("    ... and %,d more%n", failed - failures.size());
        out.flush();
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** An article JSON line, checked: an id of 16 hex digits, a body, offsets inside it. */
    static Article parse(String line) {
        if (line.length() > MAX_LINE) throw new IllegalArgumentException("line longer than " + (MAX_LINE >> 20) + " MiB");
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (!n.isObject()) throw new IllegalArgumentException("not a JSON object");
        String id = n.path("id").asText("");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("no article id (16 hex digits)");
        if (!n.path("body").isTextual() || n.path("body").asText().isBlank()) throw new IllegalArgumentException("no body");
        Article a = ArticleJson.read(line);
        int length = a.body().length();
        List<io.pressroom.model.TextSpan> spans = new ArrayList<>();
        for (var q : a.quotes()) {
            spans.add(q.content());
            if (q.cue() != null) spans.add(q.cue());
            if (q.speakerMention() != null) spans.add(q.speakerMention());
        }
        for (var t : a.timexes()) spans.add(t.span());
        for (var m : a.entities()) spans.add(m.span());
        for (var e : a.events()) {
            spans.add(e.sentence());
            spans.add(e.time());
        }
        for (var s : spans) if (s.start() < 0 || s.end() > length) throw new IllegalArgumentException("an offset outside the body: " + s);
        return a;
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("part-") || name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".json.gz")
                || name.endsWith(".jsonl.gz");
    }

    private static BufferedReader reader(Path f) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16);
        in.mark(2);
        int b1 = in.read(), b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) in = new GZIPInputStream(in, 1 << 16);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
