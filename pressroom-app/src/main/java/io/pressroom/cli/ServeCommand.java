package io.pressroom.cli;

import io.pressroom.server.ApiServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI and the HTTP JSON API over the index (read-only). Binds to 127.0.0.1 unless --host says otherwise.",
                "Open http://127.0.0.1:7474/ in a browser; the API is described at /api/openapi.json. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7474", description = "Port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 exposes the index to the network.")
    String host;

    /** Searches are CPU-bound: more threads than about twice the cores only add queueing inside the JVM. */
    @Option(names = "--threads", paramLabel = "N", description = "Request threads. Default: twice the cores.")
    int threads = 2 * Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535");
        try (ApiServer server = ApiServer.start(data.path(), host, port, Math.max(1, threads))) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Pressroom API on http://%s:%d/api/ (index %s); Ctrl-C to stop%n", server.host(), server.port(), data.path());
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                Shutdown.begin();
                stop.countDown();
            }));
            stop.await();
        }
        return ExitCodes.OK;
    }
}
