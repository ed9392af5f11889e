package io.pressroom.cli;

import io.pressroom.app.ParquetTextColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Loads the Spark job's Parquet output into the embedded index: the {@code json} column of its
 * {@code articles/} table holds each article as the pipeline made it (quotes, entities, time expressions,
 * events with their offsets), so nothing is run again; copies, statements and stories are linked against the
 * index as in an ingest: the job's own {@code duplicate_of} is not read, linking decides copies again (with the
 * word check of the chosen copy's text, which the job's fingerprint-only stage lacks, and against articles
 * already in the index).
 */
@Command(name = "import-parquet", mixinStandardHelpOptions = true,
        description = {"Add the articles of a Spark run (its OUT folder, or OUT/articles/, or .parquet files) to the index",
                "without running the pipeline again. Known ids are skipped, so it can be run again to resume.",
                "Copies, statements and stories are linked as in an ingest."})
final class ImportParquetCommand implements Callable<Integer> {
    static final String ARTICLE_COLUMN = "json";

    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The job's output folder, its articles/ table, or Parquet files.")
    List<Path> paths;

    @Mixin ImportOptions options;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) files.addAll(parquetFiles(p));
        if (files.isEmpty()) throw new IllegalArgumentException("no Parquet files in " + paths);
        try (ArticleImport run = new ArticleImport(data.path(), options.commitEvery)) {
            run.stopOnCtrlC();
            for (Path f : files) {
                try {
                    ParquetTextColumn.read(f, ARTICLE_COLUMN, (row, json) -> run.add(f + "#" + row, json));
                } catch (ArticleImport.Stopped e) {
                    break; // Ctrl-C: report what was done; closing the writer commits it
                } catch (IOException e) {
                    run.failed(f.toString(), ArticleImport.reason(e));
                }
            }
            return run.report(spec.commandLine().getOut(), data.path(), files.size());
        }
    }

    /** The table's files: a job output folder means its articles/ table; Spark's marker and checksum files are left out. */
    static List<Path> parquetFiles(Path p) throws IOException {
        if (Files.isRegularFile(p)) return List.of(p);
        if (!Files.isDirectory(p)) throw new IllegalArgumentException("no such file or folder: " + p);
        Path table = Files.isDirectory(p.resolve("articles")) ? p.resolve("articles") : p;
        try (Stream<Path> walk = Files.walk(table)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_");
            }).sorted().toList();
        }
    }
}
