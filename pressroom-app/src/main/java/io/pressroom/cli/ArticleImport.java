package io.pressroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.json.ArticleJson;
import io.pressroom.model.Article;
import io.pressroom.model.TextSpan;
import io.pressroom.store.ArticleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One import run, whatever the articles come from (JSON lines or Parquet): each article JSON is checked, linked
 * and added; failures are counted and the first ones listed with where they were; known ids are skipped, so a
 * run that was stopped can be started again; commits every {@code commitEvery} new articles.
 */
final class ArticleImport implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    static final int MAX_JSON = 32 << 20;
    private static final int MAX_LISTED_FAILURES = 20;

    private final ArticleWriter writer;
    private final int commitEvery;
    private final List<String> failures = new ArrayList<>();
    private long read, added, known, failed, sinceCommit;
    private volatile boolean stopRequested;
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private Thread hook;

    /** Thrown out of a reading loop once a stop was requested (Ctrl-C): the articles added so far are committed. */
    static final class Stopped extends IOException {
        Stopped() {
            super("stopped");
        }
    }

    ArticleImport(Path data, int commitEvery) throws IOException {
        if (commitEvery < 1) throw new IllegalArgumentException("--commit-every must be at least 1");
        this.writer = ArticleWriter.open(data);
        this.commitEvery = commitEvery;
    }

    /**
     * Ctrl-C stops the run after the article in hand instead of losing what was not committed yet: the hook
     * waits (up to 30 s) until the writer has committed and closed; the same command run again resumes.
     */
    void stopOnCtrlC() {
        hook = new Thread(() -> {
            Shutdown.begin();
            stopRequested = true;
            try {
                closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pressroom-import-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Asks the run to stop before the next article (what Ctrl-C does). */
    void requestStop() {
        stopRequested = true;
    }

    boolean stopped() {
        return stopRequested;
    }

    /** Adds one article given as its JSON; {@code where} names it in the failure list (file:line, file#row). */
    void add(String where, String json) throws IOException {
        if (stopRequested) throw new Stopped();
        read++;
        Article a;
        try {
            a = parse(json);
        } catch (RuntimeException e) {
            failed(where, reason(e));
            return;
        }
        if (writer.addLinked(a) == null) {
            known++;
        } else {
            added++;
            if (++sinceCommit >= commitEvery) {
                writer.commit();
                sinceCommit = 0;
            }
        }
    }

    /** Records a failure that is not one article's (a file that cannot be read): it is listed like one. */
    void failed(String where, String reason) {
        failed++;
        if (failures.size() < MAX_LISTED_FAILURES) failures.add(where + ": " + reason);
    }

    /** Prints the counts and the failures; returns the exit code. */
    int report(PrintWriter out, Path data, int files) {
        out.printf("Imported into %s from %d file%s%s%n", data, files, files == 1 ? "" : "s",
                stopRequested ? " (interrupted: what was added is committed; run the same command again to resume)" : "");
        out.printf("  read       %,d articles%n  new        %,d%n  known      %,d (already in the index)%n  failed     %,d%n",
                read, added, known, failed);
        for (String f : failures) out.println("    " + f);
        if (failed > failures.size()) out.printf("    ... and %,d more%n", failed - failures.size());
        out.flush();
        if (stopRequested) return ExitCodes.INTERRUPTED;
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            closed.countDown();
            if (hook != null && !Shutdown.inProgress()) Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    /** An article JSON, checked: an id of 16 hex digits, a body, offsets inside it. */
    static Article parse(String json) {
        if (json == null) throw new IllegalArgumentException("no article JSON");
        if (json.length() > MAX_JSON) throw new IllegalArgumentException("article JSON longer than " + (MAX_JSON >> 20) + " MiB");
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
        String id = n.path("id").asText("");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("no article id (16 hex digits)");
        if (!n.path("body").isTextual() || n.path("body").asText().isBlank()) throw new IllegalArgumentException("no body");
        Article a = ArticleJson.read(json);
        int length = a.body().length();
        List<TextSpan> spans = new ArrayList<>();
        for (var q : a.quotes()) {
            spans.add(q.content());
            if (q.cue() != null) spans.add(q.cue());
            if (q.speakerMention() != null) spans.add(q.speakerMention());
        }
        for (var t : a.timexes()) spans.add(t.span());
        for (var m : a.entities()) spans.add(m.span());
        for (var e : a.events()) {
            spans.add(e.sentence());
            spans.add(e.time());
        }
        for (var s : spans) if (s.start() < 0 || s.end() > length) throw new IllegalArgumentException("an offset outside the body: " + s);
        return a;
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
