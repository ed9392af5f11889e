package io.pressroom.cli;

import io.pressroom.ingest.FieldMapping;
import io.pressroom.ingest.Readers;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.text.TextCleaner;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** How inputs are read and cleaned; shared by {@code ingest} and {@code bench}. */
public final class ReadOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto (by file name: .jsonl/.ndjson, .warc, .html/.htm, else text), text, html, warc or jsonl. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--field", paramLabel = "ARTICLE=JSON",
            description = "Read an article field from another JSONL field, e.g. --field published=date_iso. "
                    + "Article fields: text, url, title, published, byline, dateline, agency, outlet.")
    Map<String, String> fields = Map.of();

    @Option(names = "--clean", paramLabel = "MODE", defaultValue = "light",
            description = "Cleaning of JSONL texts: light (the text is the article) or full (it is a whole page, remove boilerplate). "
                    + "Text files are always cleaned in full. Default: ${DEFAULT-VALUE}.")
    String clean;

    @Option(names = "--all-pages",
            description = "Keep HTML pages that do not look like articles (listings, forums, error pages); by default they are reported and skipped.")
    boolean allPages;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10MB",
            description = "Largest document accepted (bytes; suffix KB, MB). Larger ones are reported as failed. Default: ${DEFAULT-VALUE}.")
    String maxSize;

    long maxBytes() {
        return Sizes.parse(maxSize);
    }

    Readers readers() {
        FieldMapping mapping = FieldMapping.defaults();
        for (var e : fields.entrySet()) mapping = mapping.with(e.getKey(), e.getValue());
        Readers readers = Readers.standard(mapping, maxBytes());
        if (!format.equals("auto") && !readers.formats().contains(format)) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; use auto, " + String.join(", ", readers.formats()));
        }
        return readers;
    }

    String forcedFormat() {
        return format.equals("auto") ? null : format;
    }

    Pipeline pipeline() {
        TextCleaner.Mode records = switch (clean.toLowerCase(Locale.ROOT)) {
            case "light" -> TextCleaner.Mode.LIGHT;
            case "full" -> TextCleaner.Mode.FULL;
            default -> throw new IllegalArgumentException("unknown --clean '" + clean + "'; use light or full");
        };
        return new Pipeline(new Pipeline.Options(TextCleaner.Mode.FULL, records, maxBytes(), allPages), Pipeline.standardStages());
    }
}
