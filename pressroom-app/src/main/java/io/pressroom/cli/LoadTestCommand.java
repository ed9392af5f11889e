package io.pressroom.cli;

import io.pressroom.server.ApiServer;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Search latency under concurrent load: starts the API server in-process on a free loopback port (or
 * uses --url, which must be a loopback address), then N clients send search requests back to back for
 * a fixed time, each drawing queries from a list. Reports throughput and latency percentiles.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Measure search latency (p50/p95/p99) and throughput with concurrent clients on localhost.")
final class LoadTestCommand implements Callable<Integer> {
    private static final List<String> DEFAULT_QUERIES = List.of("oil prices", "bank", "interest rates", "trade deficit", "election",
            "minister said", "profit", "government", "\"central bank\"", "shares rose", "north korea", "wheat", "dollar", "strike",
            "president", "merger", "inflation", "tax", "football", "film", "music awards", "technology", "mobile phone", "court");

    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "Measured duration. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5", description = "Unmeasured warm-up. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--queries", paramLabel = "FILE", description = "Queries, one a line (default: a built-in news list).")
    Path queriesFile;

    @Option(names = "--facets", description = "Ask for facets too (the web UI's search does).")
    boolean facets;

    @Option(names = "--server-threads", paramLabel = "N",
            description = "Request threads of the in-process server (as pressroom serve --threads). Default: twice the cores.")
    int serverThreads = 2 * Runtime.getRuntime().availableProcessors();

    @Option(names = "--url", paramLabel = "URL", description = "A running server on this machine (default: start one in-process).")
    String url;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 256 || seconds < 1 || seconds > 3600 || warmup < 0 || warmup > 600) {
            throw new IllegalArgumentException("--clients 1..256, --seconds 1..3600, --warmup 0..600");
        }
        List<String> queries = queriesFile == null ? DEFAULT_QUERIES
                : Files.readAllLines(queriesFile).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        ApiServer server = null;
        String base = url;
        if (base == null) {
            server = ApiServer.start(data.path(), "127.0.0.1", 0, Math.max(1, serverThreads));
            base = "http://127.0.0.1:" + server.port();
        } else {
            URI u = URI.create(base);
            if (u.getHost() == null || !InetAddress.getByName(u.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("--url must point at this machine (a loopback address)");
            }
        }
        try {
            run(base, queries, warmup, false);
            Result r = run(base, queries, seconds, true);
            List<Long> lat = r.latenciesMicros;
            Collections.sort(lat);
            spec.commandLine().getOut().printf(
                    "%d clients, %d s: %,d requests, %,.0f requests/s, %d errors%nlatency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                    clients, seconds, lat.size(), lat.size() / (double) seconds, r.errors.get(), pct(lat, 50), pct(lat, 95), pct(lat, 99),
                    lat.isEmpty() ? 0 : lat.get(lat.size() - 1) / 1000.0);
            spec.commandLine().getOut().flush();
        } finally {
            if (server != null) server.close();
        }
        return ExitCodes.OK;
    }

    private record Result(List<Long> latenciesMicros, AtomicLong errors) { }

    private Result run(String base, List<String> queries, int secs, boolean record) throws Exception {
        long end = System.nanoTime() + secs * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<List<Long>> perClient = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> mine = new ArrayList<>();
            perClient.add(mine);
            int offset = c;
            futures.add(pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    String q = queries.get(i++ % queries.size());
                    URI uri = URI.create(base + "/api/search?limit=10&facets=" + facets + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                    long t0 = System.nanoTime();
                    try {
                        // A plain keep-alive connection: the lightest client the JDK has, so the load
                        // generator takes as little as possible of the CPU the server is measured on.
                        java.net.HttpURLConnection conn = (java.net.HttpURLConnection) uri.toURL().openConnection();
                        conn.setConnectTimeout(5000);
                        conn.setReadTimeout(30000);
                        int status = conn.getResponseCode();
                        try (java.io.InputStream in = status == 200 ? conn.getInputStream() : conn.getErrorStream()) {
                            if (in != null) in.readAllBytes();
                        }
                        if (status != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (record) mine.add((System.nanoTime() - t0) / 1000);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        List<Long> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        return new Result(all, errors);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(idx, sorted.size() - 1))) / 1000.0;
    }
}
