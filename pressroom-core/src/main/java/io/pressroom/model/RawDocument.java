package io.pressroom.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One document as a reader delivered it, before any cleaning: either undecoded {@code bytes} (a file
 * whose encoding is still to be found) or already decoded {@code text} (a JSONL field), never both.
 *
 * @param source      where it came from: a path, {@code path:line} for JSONL, a URL for web pages
 * @param contentType the media type the reader saw ("text/plain", "text/html", ...)
 * @param charset     a declared charset (HTTP header, meta tag), or null
 * @param fetchedAt   when it was fetched or read, or null when unknown
 */
public record RawDocument(String source, byte[] bytes, String text, String contentType, String charset,
                          Instant fetchedAt, DocumentHints hints) {

    public RawDocument {
        Objects.requireNonNull(source, "source");
        if ((bytes == null) == (text == null)) {
            throw new IllegalArgumentException("exactly one of bytes and text must be given");
        }
        hints = hints == null ? DocumentHints.NONE : hints;
    }

    public static RawDocument ofBytes(String source, byte[] bytes, String contentType, Instant fetchedAt) {
        return new RawDocument(source, bytes, null, contentType, null, fetchedAt, DocumentHints.NONE);
    }

    public static RawDocument ofText(String source, String text, String contentType, Instant fetchedAt,
                                     DocumentHints hints) {
        return new RawDocument(source, null, text, contentType, null, fetchedAt, hints);
    }

    /** Size in bytes (or chars for decoded text): what size limits are checked against. */
    public long size() {
        return bytes != null ? bytes.length : text.length();
    }
}
