package io.pressroom.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which JSONL field holds which article field. Defaults to the same names ({@code text}, {@code url},
 * {@code title}, {@code published}, {@code byline}, {@code dateline}, {@code agency}, {@code outlet});
 * {@code --field published=date_iso} points one elsewhere.
 */
public record FieldMapping(Map<String, String> fields) {
    public static final Set<String> TARGETS = Set.of("text", "url", "title", "published", "byline", "dateline",
            "agency", "outlet");

    public FieldMapping {
        fields = Map.copyOf(fields);
    }

    public static FieldMapping defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : TARGETS) m.put(t, t);
        return new FieldMapping(m);
    }

    /** Returns a mapping with {@code target} read from {@code sourceField}. */
    public FieldMapping with(String target, String sourceField) {
        if (!TARGETS.contains(target)) {
            throw new IllegalArgumentException("unknown article field '" + target + "'; known: "
                    + String.join(", ", TARGETS.stream().sorted().toList()));
        }
        if (sourceField == null || sourceField.isBlank()) throw new IllegalArgumentException("empty field name for " + target);
        Map<String, String> m = new LinkedHashMap<>(fields);
        m.put(target, sourceField);
        return new FieldMapping(m);
    }

    public String source(String target) {
        return fields.getOrDefault(target, target);
    }
}
