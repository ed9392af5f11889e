package io.pressroom.cli;

import io.pressroom.pipeline.Pipeline;
import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.IndexStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "What the index holds: articles, dates, agencies, outlets, size.")
final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        IndexStats s;
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            s = searcher.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(io.pressroom.app.ResultJson.stats(s)));
        } else {
            print(s, data.path().toString(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(IndexStats s, String where, PrintWriter out) {
        out.printf("Index %s (%s on disk)%n", where, Pipeline.sizeText(s.bytesOnDisk()));
        out.printf("  articles   %,d (%,d with a publication date)%n", s.articles(), s.withDate());
        if (s.earliest() != null) out.printf("  published  %s .. %s%n", s.earliest(), s.latest());
        printCounts("agencies", s.agencies(), out);
        printCounts("outlets", s.outlets(), out);
        printCounts("speakers", s.speakers(), out);
    }

    private static void printCounts(String label, Map<String, Long> counts, PrintWriter out) {
        if (counts.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue()).append(')'));
        if (counts.size() > 10) sb.append(", ...");
        out.printf("  %-10s %s%n", label, sb);
    }
}
