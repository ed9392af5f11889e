package io.pressroom.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.model.DocumentHints;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** JSON Lines: one article a line. A bad line is a per-line failure; the following lines are still read. */
public final class JsonlReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldMapping mapping;
    private final long maxChars;

    public JsonlReader(FieldMapping mapping, long maxChars) {
        this.mapping = mapping;
        this.maxChars = maxChars;
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean accepts(String formatName) {
        return formatName.endsWith(".jsonl") || formatName.endsWith(".ndjson");
    }

    @Override
    public void read(Input input, DocumentSink sink) throws IOException {
        Instant now = Instant.now();
        try (InputStream in = input.open();
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                String source = input.name() + ":" + lineNo;
                if (line.length() > maxChars) {
                    sink.fail(source, "too large: " + Pipeline.sizeText(line.length()) + " line (limit "
                            + Pipeline.sizeText(maxChars) + ")");
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    sink.fail(source, "not JSON: " + e.getOriginalMessage());
                    continue;
                }
                if (node == null || !node.isObject()) {
                    sink.fail(source, "not a JSON object");
                    continue;
                }
                String textField = mapping.source("text");
                JsonNode text = node.get(textField);
                if (text == null || !text.isTextual()) {
                    sink.fail(source, "no text field '" + textField + "'" + (text == null ? "" : " (it is not a string)"));
                    continue;
                }
                DocumentHints hints = new DocumentHints(field(node, "title"), field(node, "url"), field(node, "published"),
                        field(node, "byline"), field(node, "dateline"), field(node, "agency"), field(node, "outlet"));
                sink.accept(RawDocument.ofText(source, text.asText(), Pipeline.RECORD_TYPE, now, hints));
            }
        }
    }

    private String field(JsonNode node, String target) {
        JsonNode v = node.get(mapping.source(target));
        if (v == null || v.isNull()) return null;
        if (v.isArray()) {
            // Authors often come as a list.
            StringBuilder sb = new StringBuilder();
            for (JsonNode e : v) {
                if (!e.isValueNode()) continue;
                if (sb.length() > 0) sb.append(", ");
                sb.append(e.asText());
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        return v.isValueNode() ? v.asText() : null;
    }
}
