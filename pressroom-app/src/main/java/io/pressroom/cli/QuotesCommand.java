package io.pressroom.cli;

import io.pressroom.model.Article;
import io.pressroom.model.PartialDateTime;
import io.pressroom.model.Quote;
import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.QuoteHit;
import io.pressroom.store.QuoteRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List quotations with speaker, date and outlet, newest first.",
                "QUERY words must all occur in the quotation; --speaker words must all occur in the resolved speaker's name."})
final class QuotesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words of what was said.")
    List<String> query = List.of();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotations by this speaker (e.g. Kirby, \"John Kirby\", \"White House\").")
    String speaker;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, description = "Articles published on or after DATE.")
    PartialDateTime from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, description = "Articles published on or before DATE.")
    PartialDateTime to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Quotations to show (1-1000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<QuoteHit> hits;
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            hits = searcher.searchQuotes(new QuoteRequest(String.join(" ", query), speaker, from, to, limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(io.pressroom.app.ResultJson.quotes(hits)));
        } else {
            out.printf("%d quotation%s%s%s%n", hits.size(), hits.size() == 1 ? "" : "s",
                    speaker == null ? "" : " by \"" + speaker + "\"", query.isEmpty() ? "" : " with \"" + String.join(" ", query) + "\"");
            boolean ansi = Terminal.interactive();
            for (QuoteHit h : hits) {
                Article a = h.article();
                Quote q = h.quote();
                out.println();
                String who = q.speaker() != null ? q.speaker() : "(unattributed)";
                String source = a.outlet() != null ? a.outlet() : a.agency() != null ? a.agency() : a.source();
                out.printf("%s  %s%s · %s · %s%n", h.when() == null ? "date unknown" : h.when(), Terminal.bold(who, ansi),
                        q.cue() == null ? "" : " (" + a.text(q.cue()) + ")", source, a.id());
                String text = h.text().replace('\n', ' ').replaceAll(",$", "");
                out.println("   " + (q.type() == Quote.Type.DIRECT ? "\u201C" + text + "\u201D" : text));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
