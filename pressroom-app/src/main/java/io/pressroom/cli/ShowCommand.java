package io.pressroom.cli;

import io.pressroom.json.ArticleJson;
import io.pressroom.model.Article;
import io.pressroom.store.ArticleSearcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one article as JSON. The id may be shortened to any unique prefix of 4 or more digits.")
final class ShowCommand implements Callable<Integer> {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{4,16}");

    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(paramLabel = "ID", description = "Article id (16 hex digits, or a unique prefix).")
    String id;

    @Option(names = "--compact", description = "One line instead of indented JSON.")
    boolean compact;

    @Override
    public Integer call() throws IOException {
        String wanted = id.strip().toLowerCase(java.util.Locale.ROOT);
        if (!ID.matcher(wanted).matches()) throw new IllegalArgumentException("'" + id + "' is not an article id (4-16 hex digits)");
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            Optional<Article> a = searcher.get(wanted);
            if (a.isEmpty() && wanted.length() < 16) {
                List<String> ids = searcher.idsWithPrefix(wanted, 5);
                if (ids.size() > 1) {
                    spec.commandLine().getErr().println("pressroom: id prefix '" + wanted + "' is ambiguous: " + String.join(", ", ids));
                    return ExitCodes.USAGE;
                }
                if (ids.size() == 1) a = searcher.get(ids.get(0));
            }
            if (a.isEmpty()) {
                spec.commandLine().getErr().println("pressroom: no article with id " + wanted + " in " + data.path());
                return ExitCodes.NOT_FOUND;
            }
            PrintWriter out = spec.commandLine().getOut();
            Article art = a.get();
            List<Article> copies = searcher.copiesOf(art.links().duplicateOf() != null ? art.links().duplicateOf() : art.id());
            copies = copies.stream().filter(c -> !c.id().equals(art.id())).toList();
            com.fasterxml.jackson.databind.node.ObjectNode node = io.pressroom.app.ResultJson.article(art, copies);
            out.println(compact ? node.toString() : node.toPrettyString());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
