package io.pressroom.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds articles that were already processed — the JSON lines of {@code pressroom export}, or the
 * {@code articles-json/} folder the Spark job writes beside its Parquet tables — without running the
 * pipeline again. Copies, statements and stories are linked against the index as in an ingest, so a
 * cluster run can be explored with {@code pressroom serve}. {@code import-parquet} reads the job's Parquet
 * {@code articles/} table instead.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add processed articles to the index without running the pipeline again: `pressroom export` files or",
                "the Spark job's OUT/articles-json/ folder (gzip JSON lines). Known ids are skipped, so it can be run",
                "again to resume. Copies, statements and stories are linked as in an ingest."})
final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "JSONL files (.gz read transparently) or folders of them.")
    List<Path> paths;

    @Mixin ImportOptions options;

    @Override
    public Integer call() throws IOException {
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
        try (ArticleImport run = new ArticleImport(data.path(), options.commitEvery)) {
            run.stopOnCtrlC();
            try {
                for (Path f : files) {
                    try (BufferedReader r = reader(f)) {
                        int lineNo = 0;
                        for (String line; (line = r.readLine()) != null; ) {
                            lineNo++;
                            if (!line.isBlank()) run.add(f + ":" + lineNo, line);
                        }
                    }
                }
            } catch (ArticleImport.Stopped e) {
                // Ctrl-C: report what was done; closing the writer commits it.
            }
            return run.report(spec.commandLine().getOut(), data.path(), files.size());
        }
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
