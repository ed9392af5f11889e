package io.pressroom.cli;

import io.pressroom.model.PartialDateTime;
import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.Story;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Stories: articles clustered by time, shared names and speakers (copies included), largest first.")
final class StoriesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, description = "Articles published on or after DATE.")
    PartialDateTime from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, description = "Articles published on or before DATE.")
    PartialDateTime to;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "2", description = "Only stories of at least N articles. Default: ${DEFAULT-VALUE}.")
    int minArticles;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Stories to show (1-1000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("--limit must be 1..1000");
        if (minArticles < 1) throw new IllegalArgumentException("--min-articles must be at least 1");
        List<Story> list;
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            list = searcher.stories(from, to, minArticles, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(io.pressroom.app.ResultJson.stories(list)));
        } else {
            out.printf("%d stor%s of at least %d article%s%n", list.size(), list.size() == 1 ? "y" : "ies", minArticles, minArticles == 1 ? "" : "s");
            boolean ansi = Terminal.interactive();
            for (Story s : list) {
                out.println();
                out.printf("%s  %s%n", s.id(), Terminal.bold(s.headline() == null ? "(no headline)" : s.headline(), ansi));
                out.printf("   %d article%s · %s%s%n", s.articles(), s.articles() == 1 ? "" : "s",
                        s.first() == null ? "dates unknown" : s.first(), s.last() == null || s.last().equals(s.first()) ? "" : " to " + s.last());
                if (!s.names().isEmpty()) out.println("   names: " + String.join(", ", s.names()));
                if (!s.speakers().isEmpty()) out.println("   speakers: " + String.join(", ", s.speakers()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
