package io.pressroom.cli;

import io.pressroom.store.ArticleWriter;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Merge the index into a few segments after a bulk load: searches then look terms up in fewer places.",
                "Takes a while on a large index and needs free disk space about the index's size."})
final class OptimizeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--segments", paramLabel = "N", defaultValue = "1", description = "At most this many segments. Default: ${DEFAULT-VALUE}.")
    int segments;

    @Override
    public Integer call() throws IOException {
        if (segments < 1 || segments > 1000) throw new IllegalArgumentException("--segments must be 1..1000");
        long t0 = System.nanoTime();
        try (ArticleWriter writer = ArticleWriter.open(data.path())) {
            writer.optimize(segments);
        }
        spec.commandLine().getOut().printf("Merged %s into at most %d segment%s in %.1f s%n", data.path(), segments,
                segments == 1 ? "" : "s", (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
