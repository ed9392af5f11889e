package io.pressroom.app;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an ingest run. Every document read ends in exactly one of new, duplicate or failed,
 * so {@code read == added + duplicates + failed}.
 *
 * @param inputs      inputs (files, stdin) opened
 * @param interrupted the run was stopped early; what was committed stays, and a re-run resumes
 * @param skipped     records passed over on purpose (not documents: WARC requests, images), by kind
 * @param nearCopies  of the new articles, how many are near-copies of an article already in the index
 */
public record IngestReport(int inputs, long read, long added, long duplicates, long failed, List<Failure> failures,
                           double seconds, boolean interrupted, Map<String, Long> skipped, long nearCopies) {

    /** One document (or input) that could not be ingested, with a one-line reason. */
    public record Failure(String source, String reason) { }

    public IngestReport {
        failures = List.copyOf(failures);
        skipped = Map.copyOf(skipped);
    }
}
