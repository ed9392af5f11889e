package io.pressroom.ingest;

import io.pressroom.model.RawDocument;

/** Where a reader delivers what it read: documents, and per-document failures with a one-line reason. */
public interface DocumentSink {
    void accept(RawDocument document);

    void fail(String source, String reason);

    /**
     * A record that is not a document and was passed over on purpose (a WARC request record, an
     * image response): counted by kind, not a failure.
     */
    default void skip(String kind) {
    }
}
