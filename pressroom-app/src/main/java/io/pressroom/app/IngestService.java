package io.pressroom.app;

import io.pressroom.ingest.DocumentReader;
import io.pressroom.ingest.DocumentSink;
import io.pressroom.ingest.Input;
import io.pressroom.ingest.InputResolver;
import io.pressroom.ingest.Readers;
import io.pressroom.model.Article;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.DocumentException;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.store.ArticleWriter;
import io.pressroom.text.TextDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs inputs through readers, the pipeline and into the index, on all cores. Failures are per
 * document: a bad file or line is recorded with its reason and the batch goes on. Commits happen every
 * {@code commitEvery} new articles (at most every five seconds) and at the end, so a crash loses at
 * most the uncommitted tail, which the next run (same content, same ids) adds again.
 */
public final class IngestService {

    /** Live counters, for a progress bar. */
    public static final class Progress {
        public final LongAdder bytesRead = new LongAdder();
        public final AtomicLong bytesTotal = new AtomicLong(-1);
        public final LongAdder documents = new LongAdder();
        public final LongAdder failed = new LongAdder();
    }

    static final long MIN_COMMIT_INTERVAL_NANOS = 5_000_000_000L;

    private final Readers readers;
    private final Pipeline pipeline;
    private final int threads;
    private final int commitEvery;
    private final String forcedFormat;
    private final AtomicBoolean stop = new AtomicBoolean();

    public IngestService(Readers readers, Pipeline pipeline, int threads, int commitEvery, String forcedFormat) {
        this.readers = readers;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.commitEvery = Math.max(1, commitEvery);
        this.forcedFormat = forcedFormat;
    }

    /** Asks a running ingest to stop after the documents in flight; it then commits and returns. */
    public void requestStop() {
        stop.set(true);
    }

    public IngestReport run(List<String> paths, ArticleWriter writer, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        List<IngestReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        LongAdder read = new LongAdder();
        LongAdder added = new LongAdder();
        LongAdder duplicates = new LongAdder();
        LongAdder nearCopies = new LongAdder();
        java.util.concurrent.ConcurrentHashMap<String, LongAdder> skipped = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong sinceCommit = new AtomicLong();
        AtomicLong lastCommit = new AtomicLong(System.nanoTime());
        Object commitLock = new Object();
        IOException[] storeError = new IOException[1];

        InputResolver.Resolved resolved = InputResolver.resolve(paths);
        for (String[] p : resolved.problems()) {
            failures.add(new IngestReport.Failure(p[0], p[1]));
            read.increment();
        }
        long total = resolved.inputs().stream().mapToLong(Input::size).filter(s -> s > 0).sum();
        progress.bytesTotal.set(resolved.inputs().stream().anyMatch(i -> i.size() < 0) ? -1 : total);

        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pressroom-ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(RawDocument doc) {
                read.increment();
                try {
                    inFlight.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.set(true);
                    return;
                }
                pool.execute(() -> {
                    try {
                        TextDecoder.Decoded text = pipeline.decode(doc);
                        // Known content skips cleaning, quotes and indexing: a re-run costs only reading.
                        String id = Pipeline.idOf(doc, text);
                        if (writer.contains(id)) {
                            duplicates.increment();
                            return;
                        }
                        Article linked = writer.addLinked(pipeline.finish(doc, text, id));
                        if (linked != null) {
                            added.increment();
                            if (linked.links().duplicateOf() != null) nearCopies.increment();
                            // Commit every commitEvery new articles, but not more often than every few
                            // seconds: each commit flushes and fsyncs, which costs far more than it saves.
                            if (sinceCommit.incrementAndGet() >= commitEvery
                                    && System.nanoTime() - lastCommit.get() >= MIN_COMMIT_INTERVAL_NANOS) {
                                synchronized (commitLock) {
                                    if (sinceCommit.get() >= commitEvery) {
                                        sinceCommit.set(0);
                                        writer.commit();
                                        lastCommit.set(System.nanoTime());
                                    }
                                }
                            }
                        } else {
                            duplicates.increment();
                        }
                    } catch (DocumentException e) {
                        failures.add(new IngestReport.Failure(doc.source(), e.getMessage()));
                        progress.failed.increment();
                    } catch (IOException e) {
                        synchronized (storeError) {
                            if (storeError[0] == null) storeError[0] = e;
                        }
                        stop.set(true);
                    } catch (RuntimeException | Error e) {
                        // A bug (or a stack or heap overflow) on one odd document must not end the batch
                        // or lose it silently: it is reported like any failure.
                        failures.add(new IngestReport.Failure(doc.source(), "internal error: " + oneLine(e)
                                + " (" + e.getClass().getSimpleName() + ")"));
                        progress.failed.increment();
                    } finally {
                        progress.documents.increment();
                        inFlight.release();
                    }
                });
            }

            @Override
            public void skip(String kind) {
                skipped.computeIfAbsent(kind, k -> new LongAdder()).increment();
            }

            @Override
            public void fail(String source, String reason) {
                read.increment();
                failures.add(new IngestReport.Failure(source, reason));
                progress.documents.increment();
                progress.failed.increment();
            }
        };

        int opened = 0;
        try {
            for (Input input : resolved.inputs()) {
                if (stop.get()) break;
                Optional<DocumentReader> reader = readers.forInput(input, forcedFormat);
                if (reader.isEmpty()) {
                    sink.fail(input.name(), "unknown format (use --format " + String.join("|", readers.formats()) + ")");
                    continue;
                }
                opened++;
                long before = read.sum();
                try {
                    reader.get().read(input.counting(progress.bytesRead), new StoppableSink(sink, stop));
                } catch (Stopped e) {
                    break;
                } catch (IOException | RuntimeException e) {
                    // The input broke off (truncated gzip, unreadable file): what was read stays.
                    String at = read.sum() > before ? " after " + (read.sum() - before) + " documents" : "";
                    sink.fail(input.name(), "read error" + at + ": " + oneLine(e));
                }
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    // wait for the documents in flight
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (storeError[0] != null) {
            writer.commit();
            throw storeError[0];
        }
        writer.commit();
        List<IngestReport.Failure> sorted = new ArrayList<>(failures);
        sorted.sort((a, b) -> a.source().compareTo(b.source()));
        return new IngestReport(opened, read.sum(), added.sum(), duplicates.sum(), sorted.size(), sorted,
                (System.nanoTime() - t0) / 1e9, stop.get(), skippedCounts(skipped), nearCopies.sum());
    }

    private static java.util.Map<String, Long> skippedCounts(java.util.Map<String, LongAdder> skipped) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        skipped.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    /** Thrown into a reader to end its loop once a stop was requested. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    /** Stops the reader (by throwing {@link Stopped} into it) once a stop was requested. */
    private record StoppableSink(DocumentSink delegate, AtomicBoolean stop) implements DocumentSink {
        @Override
        public void accept(RawDocument document) {
            if (stop.get()) throw new Stopped();
            delegate.accept(document);
        }

        @Override
        public void fail(String source, String reason) {
            if (stop.get()) throw new Stopped();
            delegate.fail(source, reason);
        }

        @Override
        public void skip(String kind) {
            delegate.skip(kind);
        }
    }
}
