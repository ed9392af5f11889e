package io.pressroom.cli;

import io.pressroom.json.ArticleJson;
import io.pressroom.store.ArticleSearcher;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every article as JSON, one a line (JSONL), to standard output or a file.")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "Output format: jsonl. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl")) throw new IllegalArgumentException("unknown --format '" + format + "'; use jsonl");
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            Writer w = outFile != null ? Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)
                    : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            try {
                searcher.forEach(a -> {
                    try {
                        w.write(ArticleJson.write(a));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                if (outFile != null) w.close();
                else w.flush();
            }
        }
        return ExitCodes.OK;
    }
}
