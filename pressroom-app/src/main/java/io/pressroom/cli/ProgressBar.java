package io.pressroom.cli;

import io.pressroom.app.IngestService;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress bar on standard error for runs longer than a couple of seconds, only when a
 * person is watching (a terminal). Shows the share of input bytes read, documents done, failures and
 * the rate.
 */
final class ProgressBar implements AutoCloseable {
    private static final long DELAY_MS = 2000;
    private static final int WIDTH = 30;

    private final IngestService.Progress progress;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile boolean drawn;

    ProgressBar(IngestService.Progress progress, PrintStream out, boolean enabled) {
        this.progress = progress;
        this.out = out;
        if (!enabled) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pressroom-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, DELAY_MS, 250, TimeUnit.MILLISECONDS);
    }

    private void draw() {
        double secs = (System.nanoTime() - start) / 1e9;
        long docs = progress.documents.sum();
        long total = progress.bytesTotal.get();
        long done = progress.bytesRead.sum();
        StringBuilder sb = new StringBuilder("\r");
        if (total > 0) {
            double f = Math.min(1.0, (double) done / total);
            int filled = (int) Math.round(f * WIDTH);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
            sb.append(String.format("%3d%% ", Math.round(f * 100)));
        }
        sb.append(String.format("%,d docs, %,d failed, %,.0f docs/s ", docs, progress.failed.sum(), docs / Math.max(secs, 1e-3)));
        out.print(sb);
        out.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (timer == null) return;
        timer.shutdownNow();
        if (drawn) {
            out.print("\r" + " ".repeat(90) + "\r");
            out.flush();
        }
    }
}
