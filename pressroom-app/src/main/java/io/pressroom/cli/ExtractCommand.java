package io.pressroom.cli;

import io.pressroom.ingest.DocumentReader;
import io.pressroom.ingest.DocumentSink;
import io.pressroom.ingest.Input;
import io.pressroom.ingest.InputResolver;
import io.pressroom.json.ArticleJson;
import io.pressroom.model.Article;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.DocumentException;
import io.pressroom.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pressroom extract}: the pipeline without the index, one JSON per input, for comparing with
 * other extractors. Every page is written, whatever its page type (the JSON says which it is).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles without touching the index: one JSON per input in --out",
                "(DIR/<input name without .html/.htm/.txt/.gz>.json; JSONL inputs give one file per line, <name>-<line>.json),",
                "or JSON lines on standard output. Every page is written with its page_type, articles or not."})
final class ExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReadOptions read;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, globs, or - (stdin).")
    List<String> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<name>.json per input instead of JSON lines to standard output.")
    Path out;

    @Option(names = "--no-enrich", description = "Only clean and read metadata: no time expressions or quotes.")
    boolean noEnrich;

    @Option(names = "--pretty", description = "Indented JSON.")
    boolean pretty;

    @Override
    public Integer call() throws IOException {
        Pipeline base = read.pipeline();
        Pipeline pipeline = new Pipeline(new Pipeline.Options(base.options().pages(), base.options().records(),
                base.options().maxDocumentChars(), true), noEnrich ? List.of() : base.stages());
        var readers = read.readers();
        InputResolver.Resolved resolved = InputResolver.resolve(paths);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) Files.createDirectories(out);
        int[] counts = new int[2];
        Set<String> names = new HashSet<>();
        for (String[] p : resolved.problems()) {
            err.println(p[0] + ": " + p[1]);
            counts[1]++;
        }
        for (Input input : resolved.inputs()) {
            Optional<DocumentReader> reader = readers.forInput(input, read.forcedFormat());
            if (reader.isEmpty()) {
                err.println(input.name() + ": no reader for this file type");
                counts[1]++;
                continue;
            }
            DocumentSink sink = new DocumentSink() {
                @Override
                public void accept(RawDocument raw) {
                    try {
                        Article a = pipeline.process(raw);
                        String json = ArticleJson.write(a, pretty);
                        if (out == null) {
                            stdout.println(json);
                        } else {
                            Files.writeString(out.resolve(unique(outputName(input, raw.source()), names)), json + "\n",
                                    StandardCharsets.UTF_8);
                        }
                        counts[0]++;
                    } catch (DocumentException e) {
                        err.println(raw.source() + ": " + e.getMessage());
                        counts[1]++;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public void fail(String source, String reason) {
                    err.println(source + ": " + reason);
                    counts[1]++;
                }
            };
            try {
                reader.get().read(input, sink);
            } catch (IOException e) {
                err.println(input.name() + ": " + e.getMessage());
                counts[1]++;
            }
        }
        stdout.flush();
        err.printf("extracted %d, failed %d%s%n", counts[0], counts[1], out == null ? "" : " (in " + out + ")");
        err.flush();
        return counts[1] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** "dir/page.html.gz" → "page.json"; "dir/a.jsonl:12" → "a-12.json". */
    static String outputName(Input input, String source) {
        String file = input.path() == null ? "stdin" : input.path().getFileName().toString();
        String base = file.replaceFirst("(?i)\\.gz$", "").replaceFirst("(?i)\\.(html?|xhtml|shtml|txt|text|jsonl|ndjson|warc)$", "");
        String suffix = "";
        int colon = source.lastIndexOf(':');
        if (colon > 0 && source.substring(colon + 1).matches("\\d+")) suffix = "-" + source.substring(colon + 1);
        String name = (base + suffix).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "page" + name : name;
    }

    private static String unique(String base, Set<String> used) {
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) name = base + "-" + i;
        return name + ".json";
    }
}
