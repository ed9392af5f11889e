package io.pressroom.cli;

import io.pressroom.app.IngestReport;
import io.pressroom.app.IngestService;
import io.pressroom.ingest.FieldMapping;
import io.pressroom.ingest.Readers;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.ArticleWriter;
import io.pressroom.store.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled samples, then show what the index holds and a sample search.")
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Sample folder. Default: ${DEFAULT-VALUE}.")
    Path samples;

    @Option(names = "--query", paramLabel = "TEXT", defaultValue = "diplomacy preconditions",
            description = "The sample search. Default: ${DEFAULT-VALUE}.")
    String query;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no sample folder at " + samples.toAbsolutePath() + " (run from the repository root, or pass --samples DIR)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = Pipeline.standard();
        IngestService service = new IngestService(Readers.standard(FieldMapping.defaults(), pipeline.options().maxDocumentChars()),
                pipeline, Runtime.getRuntime().availableProcessors(), 1000, null);
        IngestReport report;
        try (ArticleWriter writer = ArticleWriter.open(data.path())) {
            report = service.run(List.of(samples.toString()), writer, new IngestService.Progress());
        }
        out.println("== 1. ingest " + samples);
        IngestCommand.print(report, data.path(), out);
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            out.println();
            out.println("== 2. what the index holds");
            StatsCommand.print(searcher.stats(), data.path().toString(), out);
            out.println();
            out.println("== 3. search \"" + query + "\"");
            SearchCommand.print(searcher.search(SearchRequest.of(query, 3)), query, 0, out, Terminal.interactive());
            out.println();
            out.println("== 4. who said what: the latest quotations by John Kirby");
            for (var h : searcher.searchQuotes(new io.pressroom.store.QuoteRequest("", "John Kirby", null, null, 3))) {
                var q = h.quote();
                out.printf("%s  %s (%s): %s%n", h.when() == null ? "date unknown" : h.when(), q.speaker(),
                        h.article().text(q.cue()), h.text().replace('\n', ' ').replaceAll(",$", ""));
            }
            out.println();
            out.println("== 5. stories and disagreements");
            for (var story : searcher.stories(null, null, 2, 3)) {
                out.printf("story of %d articles, %s: %s (names: %s)%n", story.articles(), story.first() == null ? "dates unknown" : story.first(),
                        story.headline(), String.join(", ", story.names().subList(0, Math.min(4, story.names().size()))));
            }
            searcher.forEach(a -> a.links().flags().forEach(f -> out.printf("flag in %s: %s%n", a.id(), f.note())));
            out.println();
            out.println("== 6. people and events: who holds which title, and what happened when");
            searcher.entity("Kirby").ifPresent(e -> out.printf("%s (%s): %d articles, %d quotations, roles: %s%n", e.name(), e.id(),
                    e.articles(), e.quotes(), String.join("; ", e.roles().stream().map(r -> r.title()).toList())));
            for (var t : searcher.timeline("North Korea", null, null, 5)) {
                out.printf("%-8s %s (%d source%s)%n", t.value(), t.text(), t.sources().size(), t.sources().size() == 1 ? "" : "s");
            }
        }
        out.println();
        out.println("Next: ./pressroom quotes --speaker Blinken | ./pressroom entity \"Park Jin\" | ./pressroom timeline | ./pressroom statements | ./pressroom search denuclearization --from 2022 | ./pressroom serve | ./pressroom --help");
        out.flush();
        return report.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
