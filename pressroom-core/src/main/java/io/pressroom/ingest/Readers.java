package io.pressroom.ingest;

import java.util.List;
import java.util.Optional;

/** The registered readers, and the choice of one per input (by name, or forced with {@code --format}). */
public final class Readers {
    private final List<DocumentReader> readers;

    public Readers(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Readers standard(FieldMapping mapping, long maxBytes) {
        return new Readers(List.of(new JsonlReader(mapping, maxBytes), new WarcFileReader(maxBytes), WholeFileReader.html(maxBytes),
                WholeFileReader.text(maxBytes)));
    }

    public List<String> formats() {
        return readers.stream().map(DocumentReader::format).toList();
    }

    /** The reader for an input: the forced format when given, otherwise the first that accepts the name. */
    public Optional<DocumentReader> forInput(Input input, String forcedFormat) {
        if (forcedFormat != null && !forcedFormat.equals("auto")) {
            return readers.stream().filter(r -> r.format().equals(forcedFormat)).findFirst();
        }
        String name = input.formatName();
        return readers.stream().filter(r -> r.accepts(name)).findFirst();
    }
}
