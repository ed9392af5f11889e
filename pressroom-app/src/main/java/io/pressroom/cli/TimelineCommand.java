package io.pressroom.cli;

import io.pressroom.model.PartialDateTime;
import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.TimelineEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Dated events stated in the articles (\"North Korea conducted its sixth nuclear test in September 2017\"),",
                "in date order, the same event in several articles shown once with all its sources. --from and --to",
                "select the events' dates (not the articles' publication dates)."})
final class TimelineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only events of articles with these words (as in search).")
    List<String> query = List.of();

    @Option(names = "--entity", paramLabel = "NAME", description = "Only events this person, organisation or place takes part in.")
    String entity;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, description = "Events on or after DATE.")
    PartialDateTime from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, description = "Events on or before DATE.")
    PartialDateTime to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Events to show (1-10000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (entity != null && (entity.isBlank() || entity.length() > 200)) throw new IllegalArgumentException("--entity must be 1..200 characters");
        List<TimelineEntry> events;
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            events = searcher.timeline(entity, String.join(" ", query), Dates.first(from), Dates.last(to), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(io.pressroom.app.ResultJson.timeline(events)));
        } else {
            out.printf("%d event%s%s%n", events.size(), events.size() == 1 ? "" : "s", entity == null ? "" : " of " + entity);
            boolean ansi = Terminal.interactive();
            for (TimelineEntry t : events) {
                out.println();
                out.printf("%-10s  %s%n", Terminal.bold(t.value(), ansi), t.text());
                if (!t.actors().isEmpty()) out.println("            actors: " + String.join(", ", t.actors()));
                for (TimelineEntry.Source s : t.sources()) {
                    out.printf("            %s %s%s [%d-%d]%n", s.articleId(), s.published() == null ? "" : s.published() + " ",
                            s.outlet() == null ? "" : s.outlet(), s.start(), s.end());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
