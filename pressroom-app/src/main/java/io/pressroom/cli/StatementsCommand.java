package io.pressroom.cli;

import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "statements", mixinStandardHelpOptions = true,
        description = {"Statements: the same words of a speaker reported by several articles (exactly, re-punctuated,",
                "trimmed with an ellipsis, or as a fragment), with the first report and every report. Most reported first."})
final class StatementsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements by this speaker (words of the name).")
    String speaker;

    @Option(names = "--min-reports", paramLabel = "N", defaultValue = "2", description = "Only statements reported at least N times. Default: ${DEFAULT-VALUE}.")
    int minReports;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Statements to show (1-1000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("--limit must be 1..1000");
        if (minReports < 1) throw new IllegalArgumentException("--min-reports must be at least 1");
        List<Statement> list;
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            list = searcher.statements(speaker, minReports, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(io.pressroom.app.ResultJson.statements(list)));
        } else {
            out.printf("%d statement%s%s reported at least %d time%s%n", list.size(), list.size() == 1 ? "" : "s",
                    speaker == null ? "" : " by \"" + speaker + "\"", minReports, minReports == 1 ? "" : "s");
            boolean ansi = Terminal.interactive();
            for (Statement s : list) {
                out.println();
                out.printf("%s  %s · %d report%s · first %s%s%n", s.id(), Terminal.bold(s.speaker() == null ? "(unattributed)" : s.speaker(), ansi),
                        s.reports().size(), s.reports().size() == 1 ? "" : "s", s.first().published() == null ? "date unknown" : s.first().published(),
                        s.first().outlet() == null ? "" : " (" + s.first().outlet() + ")");
                out.println("   \u201C" + s.wording().replace('\n', ' ') + "\u201D");
                for (Statement.Report r : s.reports()) {
                    out.printf("   - %s %s %s%s%s%n", r.articleId(), r.published() == null ? "?" : r.published(),
                            r.outlet() == null ? "" : r.outlet(), r.copy() ? " [copy]" : "",
                            r.wording().equals("first") || r.wording().equals("same") ? "" : " [" + r.wording() + "]");
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
