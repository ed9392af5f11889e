package io.pressroom.cli;

import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.EntityProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"One person, organisation or place across the corpus: every name it was written as, its roles",
                "over time, how many articles name it and how many quotations are its, first and last seen.",
                "NAME is a full name, part of one (\"Kirby\"), an alias (\"N. Korea\") or an id (\"person:john-kirby\")."})
final class EntityCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(paramLabel = "NAME", description = "The entity.")
    String name;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (name.isBlank() || name.length() > 200) throw new IllegalArgumentException("NAME must be 1..200 characters");
        Optional<EntityProfile> found;
        try (ArticleSearcher searcher = ArticleSearcher.open(data.path())) {
            found = searcher.entity(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("no entity named '" + name + "' in " + data.path());
            return ExitCodes.NOT_FOUND;
        }
        EntityProfile e = found.get();
        if (json) {
            out.println(Json.write(io.pressroom.app.ResultJson.entity(e)));
        } else {
            boolean ansi = Terminal.interactive();
            out.printf("%s  (%s, %s)%n", Terminal.bold(e.name(), ansi), e.type(), e.id());
            if (!e.aliases().isEmpty()) out.println("   also written: " + String.join(", ", e.aliases()));
            out.printf("   %d article%s, %d quotation%s · first seen %s, last seen %s%n", e.articles(), e.articles() == 1 ? "" : "s",
                    e.quotes(), e.quotes() == 1 ? "" : "s", orUnknown(e.firstSeen()), orUnknown(e.lastSeen()));
            if (e.read() < e.articles()) {
                out.printf("   (aliases, roles and quotations from the %,d earliest and latest of its %,d articles)%n", e.read(), e.articles());
            }
            if (!e.roles().isEmpty()) {
                out.println("   roles:");
                for (EntityProfile.Role r : e.roles()) {
                    String span = r.first() == null ? "undated" : r.first().equals(r.last()) ? r.first() : r.first() + " to " + r.last();
                    out.printf("     %-45s %s (%d article%s)%n", r.title(), span, r.articles(), r.articles() == 1 ? "" : "s");
                }
            }
            if (!e.related().isEmpty()) out.println("   named with: " + String.join(", ", e.related()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String orUnknown(String day) {
        return day == null ? "unknown" : day;
    }
}
