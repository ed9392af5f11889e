package io.pressroom.ingest;

import java.io.IOException;

/**
 * Reads one kind of input into raw documents. A reader may deliver any number of documents from one
 * input (one for a text file, one per line for JSONL, one per record for WARC) and reports damaged
 * parts through {@link DocumentSink#fail} so that the rest of the input is still read. An
 * IOException means the input as a whole could not be read past that point.
 *
 * <p>New formats (HTML, WARC) are new implementations registered in {@link Readers}; nothing else
 * changes.
 */
public interface DocumentReader {
    /** The format name used by {@code --format} ("text", "jsonl"). */
    String format();

    /** True when this reader handles inputs with this (lower-case, .gz-stripped) file name. */
    boolean accepts(String formatName);

    void read(Input input, DocumentSink sink) throws IOException;
}
