package io.pressroom.ingest;

import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * A file is one page (a text dump or an HTML page): its bytes are handed on undecoded, so the pipeline
 * can find the encoding.
 */
public final class WholeFileReader implements DocumentReader {
    private final long maxBytes;
    private final String format;
    private final String contentType;
    private final List<String> suffixes;
    private final boolean takesBareNames;

    private WholeFileReader(long maxBytes, String format, String contentType, List<String> suffixes,
                            boolean takesBareNames) {
        this.maxBytes = maxBytes;
        this.format = format;
        this.contentType = contentType;
        this.suffixes = suffixes;
        this.takesBareNames = takesBareNames;
    }

    /** Text dumps: .txt, .text and names without an extension. */
    public static WholeFileReader text(long maxBytes) {
        return new WholeFileReader(maxBytes, "text", "text/plain", List.of(".txt", ".text"), true);
    }

    /** HTML pages: .html, .htm, .xhtml, .shtml. */
    public static WholeFileReader html(long maxBytes) {
        return new WholeFileReader(maxBytes, "html", "text/html", List.of(".html", ".htm", ".xhtml", ".shtml"), false);
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public boolean accepts(String formatName) {
        for (String s : suffixes) {
            if (formatName.endsWith(s)) return true;
        }
        return takesBareNames && !formatName.contains(".");
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
        sink.accept(RawDocument.ofBytes(input.name(), bytes, contentType, fetched));
    }
}
