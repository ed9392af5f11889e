package io.pressroom.ingest;

import io.pressroom.model.RawDocument;

/** Where a reader delivers what it read: documents, and per-document failures with a one-line reason. */
public interface DocumentSink {
    void accept(RawDocument document);

    void fail(String source, String reason);
}
