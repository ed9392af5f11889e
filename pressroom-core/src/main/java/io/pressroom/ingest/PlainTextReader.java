package io.pressroom.ingest;

import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/** A text file is one page: its bytes are handed on undecoded, so the pipeline can find the encoding. */
public final class PlainTextReader implements DocumentReader {
    private final long maxBytes;

    public PlainTextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean accepts(String formatName) {
        return formatName.endsWith(".txt") || formatName.endsWith(".text") || !formatName.contains(".");
    }

    @Override
    public void read(Input input, DocumentSink sink) throws IOException {
        if (input.size() > maxBytes && !input.isGzip()) {
            sink.fail(input.name(), "too large: " + Pipeline.sizeText(input.size()) + " (limit "
                    + Pipeline.sizeText(maxBytes) + "; raise it with --max-size)");
            return;
        }
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = BoundedReads.readAtMost(in, maxBytes);
        }
        if (bytes == null) {
            sink.fail(input.name(), "too large: over " + Pipeline.sizeText(maxBytes) + " (raise it with --max-size)");
            return;
        }
        Instant fetched = null;
        if (input.path() != null) {
            try {
                fetched = java.nio.file.Files.getLastModifiedTime(input.path()).toInstant();
            } catch (IOException e) {
                // the modification time is only a hint
            }
        }
        sink.accept(RawDocument.ofBytes(input.name(), bytes, "text/plain", fetched));
    }
}
