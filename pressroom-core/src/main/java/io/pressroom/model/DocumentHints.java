package io.pressroom.model;

/**
 * Metadata that arrived with a document rather than inside its text: a JSONL record's fields, an
 * HTTP header, a WARC header. Each may be {@code null}. Values found here win over values guessed
 * from the text, because the sender knew them.
 */
public record DocumentHints(String title, String url, String published, String byline, String dateline,
                            String agency, String outlet) {

    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null, null);
}
