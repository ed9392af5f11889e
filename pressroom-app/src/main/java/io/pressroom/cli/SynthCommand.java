package io.pressroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Synthetic articles for load and scale tests: each one a random mix of paragraphs (and a headline)
 * from real corpora, with a random publication date and outlet, deterministic for a given seed. Texts
 * stay in the generated file, which belongs outside the repository like the corpora it came from.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write N synthetic JSONL articles mixed from the paragraphs of existing JSONL corpora (for load tests).")
final class SynthCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] OUTLETS = {"The Daily Ledger", "Morning Wire", "Metro Courier", "Harbor Times", "Capital Dispatch",
        "Evening Standard-Post", "Valley Herald", "Northern Gazette"};

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "JSONL files with a text field (and optionally title).")
    List<Path> corpora;

    @Option(names = "--count", paramLabel = "N", defaultValue = "10000", description = "Articles to write. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output JSONL file.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > 10_000_000) throw new IllegalArgumentException("--count must be 1..10000000");
        List<String> paragraphs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Path c : corpora) {
            try (BufferedReader r = Files.newBufferedReader(c, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank()) continue;
                    JsonNode n = JSON.readTree(line);
                    if (n.hasNonNull("title")) titles.add(n.get("title").asText());
                    for (String p : n.path("text").asText("").split("\\n\\s*\\n|\\n {2,}")) {
                        String t = p.replaceAll("\\s+", " ").strip();
                        if (t.length() > 60) paragraphs.add(t);
                    }
                }
            }
        }
        if (paragraphs.isEmpty() || titles.isEmpty()) throw new IllegalArgumentException("the corpora hold no usable paragraphs and titles");
        Random rnd = new Random(seed);
        LocalDate start = LocalDate.of(2015, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                int n = 3 + rnd.nextInt(8);
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    if (k > 0) text.append("\n\n");
                    text.append(paragraphs.get(rnd.nextInt(paragraphs.size())));
                }
                ObjectNode o = JSON.createObjectNode();
                o.put("title", titles.get(rnd.nextInt(titles.size())));
                o.put("text", text.toString());
                o.put("published", start.plusDays(rnd.nextInt(3650)).toString());
                o.put("outlet", OUTLETS[rnd.nextInt(OUTLETS.length)]);
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        }
        spec.commandLine().getOut().printf("%,d synthetic articles written to %s (from %,d paragraphs)%n", count, out, paragraphs.size());
        return ExitCodes.OK;
    }
}
