package io.pressroom.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.model.PartialDateTime;
import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.SearchHit;
import io.pressroom.store.SearchRequest;
import io.pressroom.store.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search (BM25 over headline and body) with highlighted snippets.",
                "Query syntax: every word must match (when no article has them all, any may, and the output says so);",
                "\"a phrase\"; a | b for either; -word to exclude; prefix*. Accents and word endings are ignored."})
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Search words; none lists the newest articles.")
    List<String> query = List.of();

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    PartialDateTime from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "Published on or before DATE (inclusive: --to 2022 includes all of 2022).")
    PartialDateTime to;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles from this outlet.")
    String outlet;

    @Option(names = "--agency", paramLabel = "NAME", description = "Only copy of this news agency (e.g. Yonhap).")
    String agency;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this person, organisation or place (a name, alias or id).")
    String entity;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Results to show (1-1000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip this many results (paging).")
    int offset;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance, newest or oldest. Default: ${DEFAULT-VALUE}.")
    String sort;

    @Option(names = "--all-copies", description = "List near-copies (syndicated versions) as results of their own; by default each story version is one result with its number of copies.")
    boolean allCopies;

    @Option(names = "--json", description = "Print results as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        SearchRequest.Order order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            case "newest" -> SearchRequest.Order.NEWEST;
            case "oldest" -> SearchRequest.Order.OLDEST;
            default -> throw new IllegalArgumentException("unknown --sort '" + sort + "'; use relevance, newest or oldest");
        };
        String q = String.join(" ", query);
        SearchRequest request = new SearchRequest(q, from, to, outlet, agency, offset, limit, order).withAllCopies(allCopies).withEntity(entity);
        SearchResult result;
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            result = searcher.search(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(result)));
        } else {
            print(result, q, offset, out, Terminal.interactive());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(SearchResult r, String q, int offset, PrintWriter out, boolean ansi) {
        out.printf("%s%,d result%s%s%s (%d ms)%n", r.totalExact() ? "" : "at least ", r.total(), r.total() == 1 ? "" : "s",
                q.isBlank() ? "" : " for \"" + q + "\"", r.allTerms() ? "" : " (no article has every word; showing those with some)",
                r.tookMillis());
        int rank = offset;
        for (SearchHit h : r.hits()) {
            out.println();
            out.printf("%d. %s%n", ++rank, Terminal.bold(h.headline() == null ? "(no headline)" : h.headline(), ansi));
            StringBuilder meta = new StringBuilder("   ").append(h.id());
            if (h.published() != null) meta.append(" · ").append(h.published());
            if (h.outlet() != null) meta.append(" · ").append(h.outlet());
            if (h.agency() != null) meta.append(" · ").append(h.agency());
            meta.append(" · ").append(h.source());
            if (h.copies() > 0) meta.append(" · ").append(h.copies()).append(h.copies() == 1 ? " copy" : " copies");
            out.println(meta);
            if (h.snippet() != null) {
                String s = ansi ? h.snippet().render("\u001B[1;33m", "\u001B[0m") : h.snippet().render("[", "]");
                out.println("   " + s.replace('\n', ' '));
            }
        }
    }

    static ObjectNode toJson(SearchResult r) {
        return io.pressroom.app.ResultJson.search(r);
    }
}
