package io.pressroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.store.ArticleWriter;
import io.pressroom.testing.RepoFiles;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void samplesIngestSearchShowExport() throws Exception {
        Cli ingest = Cli.run("ingest", RepoFiles.samples().toString(), "--data", data());
        assertThat(ingest.code()).as(ingest.err()).isEqualTo(ExitCodes.OK);
        assertThat(ingest.out()).containsPattern("new\\s+3").containsPattern("failed\\s+0");

        Cli again = Cli.run("ingest", RepoFiles.samples().toString(), "--data", data(), "--json");
        JsonNode report = JSON.readTree(again.out());
        assertThat(report.get("read").asInt()).isEqualTo(3);
        assertThat(report.get("new").asInt()).isZero();
        assertThat(report.get("duplicate").asInt()).isEqualTo(3);

        Cli search = Cli.run("search", "diplomacy", "preconditions", "--data", data(), "--json");
        assertThat(search.code()).isZero();
        JsonNode hits = JSON.readTree(search.out()).get("hits");
        assertThat(hits.get(0).get("source").asText()).contains("001_1e7afefe1c3174b8.txt");
        assertThat(hits.get(0).get("snippet_html").asText()).contains("<mark>");

        String id = hits.get(0).get("id").asText();
        Cli show = Cli.run("show", id.substring(0, 6), "--data", data());
        assertThat(show.code()).isZero();
        JsonNode article = JSON.readTree(show.out());
        for (String field : List.of("id", "source", "headline", "published", "dateline", "byline", "agency", "captions", "body", "paragraphs")) {
            assertThat(article.has(field)).as(field).isTrue();
        }
        assertThat(article.get("published").asText()).isEqualTo("2022-01-22T04:19+09:00");
        JsonNode p0 = article.get("paragraphs").get(0);
        String body = article.get("body").asText();
        assertThat(body.substring(p0.get("start").asInt(), p0.get("end").asInt())).startsWith("WASHINGTON, Jan. 21 (Yonhap) --");

        Path export = tmp.resolve("all.jsonl");
        assertThat(Cli.run("export", "--data", data(), "--out", export.toString()).code()).isZero();
        assertThat(Files.readAllLines(export)).hasSize(3).allSatisfy(l -> assertThat(JSON.readTree(l).get("id").asText()).hasSize(16));

        Cli stats = Cli.run("stats", "--data", data(), "--json");
        assertThat(JSON.readTree(stats.out()).get("articles").asInt()).isEqualTo(3);

        Cli dated = Cli.run("search", "Kirby", "--from", "2022-01-22", "--to", "2022-01-22", "--data", data(), "--json");
        assertThat(JSON.readTree(dated.out()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void entityAndTimelineCommands() throws Exception {
        assertThat(Cli.run("ingest", RepoFiles.samples().toString(), "--data", data()).code()).isZero();
        Cli kirby = Cli.run("entity", "Kirby", "--data", data());
        assertThat(kirby.code()).isZero();
        assertThat(kirby.out()).startsWith("John Kirby").contains("person:john-kirby").contains("Pentagon press secretary")
                .contains("2 articles");
        JsonNode korea = JSON.readTree(Cli.run("entity", "N. Korea", "--data", data(), "--json").out());
        assertThat(korea.get("id").asText()).isEqualTo("place:north-korea");
        assertThat(korea.get("articles").asInt()).isEqualTo(3);
        assertThat(Cli.run("entity", "Nobody Atall", "--data", data()).code()).isEqualTo(ExitCodes.NOT_FOUND);
        JsonNode timeline = JSON.readTree(Cli.run("timeline", "--entity", "North Korea", "--from", "2017", "--to", "2019",
                "--data", data(), "--json").out());
        assertThat(timeline.get("events")).extracting(e -> e.get("date").asText()).containsExactly("2017-09", "2017-11", "2019-02");
        assertThat(Cli.run("timeline", "--from", "2019", "--to", "2017", "--data", data()).code()).isEqualTo(ExitCodes.USAGE);
        JsonNode filtered = JSON.readTree(Cli.run("search", "--entity", "Park Jin", "--data", data(), "--json").out());
        assertThat(filtered.get("total").asInt()).isEqualTo(1);
    }

    private static io.pressroom.model.Article withoutLinks(String json) {
        return io.pressroom.json.ArticleJson.read(json).withLinks(io.pressroom.model.Links.NONE);
    }

    @Test
    void exportedArticlesImportIntoAnotherIndexWithoutThePipeline() throws Exception {
        assertThat(Cli.run("ingest", RepoFiles.samples().toString(), "--data", data()).code()).isZero();
        Path export = tmp.resolve("export.jsonl");
        assertThat(Cli.run("export", "--data", data(), "--out", export.toString()).code()).isZero();
        // One broken line and one with an offset outside its body among the good ones.
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(export));
        JsonNode first = JSON.readTree(lines.get(0));
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("id", "0123456789abcdef");
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.get("quotes").get(0)).put("end", 1_000_000);
        lines.add(JSON.writeValueAsString(first));
        lines.add("{not json");
        Files.write(export, lines);
        String other = tmp.resolve("other").toString();
        Cli imported = Cli.run("import", export.toString(), "--data", other);
        assertThat(imported.code()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(imported.out()).contains("new        3").contains("failed     2").contains("export.jsonl:4: an offset outside the body")
                .contains("export.jsonl:5: not JSON");
        // The imported articles are searchable, with their quotes, entities and links, exactly as exported.
        JsonNode hits = JSON.readTree(Cli.run("search", "diplomacy", "preconditions", "--data", other, "--json").out());
        assertThat(hits.get("total").asInt()).isEqualTo(1);
        assertThat(Cli.run("entity", "Kirby", "--data", other).out()).contains("Pentagon press secretary");
        Path again = tmp.resolve("again.jsonl");
        assertThat(Cli.run("export", "--data", other, "--out", again.toString()).code()).isZero();
        // Links (story ids, statements) depend on the order articles are linked in, which a parallel ingest does not fix.
        assertThat(Files.readAllLines(again).stream().map(CliTest::withoutLinks).toList())
                .containsExactlyInAnyOrderElementsOf(lines.subList(0, 3).stream().map(CliTest::withoutLinks).toList());
        // Merging the segments changes nothing a search sees.
        Cli optimized = Cli.run("optimize", "--data", other);
        assertThat(optimized.code()).isZero();
        assertThat(optimized.out()).contains("at most 1 segment");
        assertThat(JSON.readTree(Cli.run("search", "diplomacy", "preconditions", "--data", other, "--json").out()).get("total").asInt()).isEqualTo(1);
        assertThat(Cli.run("optimize", "--segments", "0", "--data", other).code()).isEqualTo(ExitCodes.USAGE);
        // Known ids are skipped: a second run adds nothing.
        assertThat(Cli.run("import", export.toString(), "--data", other).out()).contains("new        0").contains("known      3");
    }

    @Test
    void badInputFailsPerDocumentAndKeepsWhatWasStored() throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        // Something already in the index before the bad batch.
        Files.writeString(tmp.resolve("before.txt"), "Officials in Geneva said on Monday that the trade talks would resume next week after a long pause.");
        assertThat(Cli.run("ingest", tmp.resolve("before.txt").toString(), "--data", data()).code()).isZero();

        Files.write(batch.resolve("empty.txt"), new byte[0]);
        Files.write(batch.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Files.write(batch.resolve("latin1.txt"), ("Le ministre a déclaré à la presse que la réunion à Genève était reportée à la semaine prochaine, "
                + "selon des responsables présents.").getBytes(Charset.forName("windows-1252")));
        try (OutputStream out = Files.newOutputStream(batch.resolve("huge.txt"))) {
            byte[] line = "All work and no play makes a very long news page that nobody should index whole.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += line.length) out.write(line);
        }
        Files.writeString(batch.resolve("lines.jsonl"), "{\"text\": \"A fine article about farm prices, officials said.\"}\n{broken\n");
        Files.copy(RepoFiles.samples().resolve("001_1e7afefe1c3174b8.txt"), batch.resolve("sample.txt"));

        Cli run = Cli.run("ingest", batch.toString(), tmp.resolve("missing.txt").toString(), "--data", data(), "--json");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.PARTIAL);
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("new").asInt()).isEqualTo(3);
        assertThat(r.get("failed").asInt()).isEqualTo(5);
        assertThat(r.get("read").asInt()).isEqualTo(r.get("new").asInt() + r.get("duplicate").asInt() + r.get("failed").asInt());
        List<String> reasons = new ArrayList<>();
        r.get("failures").forEach(f -> reasons.add(f.get("source").asText().replace(batch + "/", "") + ": " + f.get("reason").asText()));
        assertThat(reasons).anySatisfy(s -> assertThat(s).startsWith("empty.txt: empty file"))
                .anySatisfy(s -> assertThat(s).startsWith("image.txt: not text: PNG image"))
                .anySatisfy(s -> assertThat(s).startsWith("huge.txt: too large"))
                .anySatisfy(s -> assertThat(s).startsWith("lines.jsonl:2: not JSON"))
                .anySatisfy(s -> assertThat(s).endsWith("missing.txt: no such file or folder"));

        // Accents are folded: "Geneve" finds "Genève".
        Cli search = Cli.run("search", "Geneva | Geneve", "--data", data(), "--json");
        JsonNode hits = JSON.readTree(search.out()).get("hits");
        List<String> sources = new ArrayList<>();
        hits.forEach(h -> sources.add(h.get("source").asText()));
        assertThat(sources).anySatisfy(s -> assertThat(s).endsWith("before.txt")).anySatisfy(s -> assertThat(s).endsWith("latin1.txt"));
        Cli latin = Cli.run("search", "déclaré", "--data", data(), "--json");
        String id = JSON.readTree(latin.out()).get("hits").get(0).get("id").asText();
        JsonNode article = JSON.readTree(Cli.run("show", id, "--data", data()).out());
        assertThat(article.get("body").asText()).contains("Le ministre a déclaré à la presse");
        assertThat(article.get("warnings").get(0).asText()).contains("not UTF-8");
    }

    @Test
    void aSecondWriterGetsAClearError() throws Exception {
        try (ArticleWriter held = ArticleWriter.open(Path.of(data()))) {
            Cli run = Cli.run("ingest", RepoFiles.samples().toString(), "--data", data());
            assertThat(run.code()).isEqualTo(ExitCodes.IN_USE);
            assertThat(run.err()).startsWith("pressroom: index is in use").doesNotContain("at io.pressroom");
        }
    }

    @Test
    void errorsAreOneLineAndExitCodesMeanSomething() {
        Cli noIndex = Cli.run("search", "x", "--data", tmp.resolve("none").toString());
        assertThat(noIndex.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(noIndex.err().strip()).startsWith("pressroom: no index in").doesNotContain("\n");
        assertThat(Cli.run("search", "x", "--from", "yesterday").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("ingest", "x", "--field", "nonsense=foo", "--data", data()).code()).isEqualTo(ExitCodes.USAGE);
        Cli verbose = Cli.run("search", "x", "--data", tmp.resolve("none").toString(), "--verbose");
        assertThat(verbose.err()).contains("at io.pressroom");
    }

    @Test
    void helpEverywhere() {
        for (String cmd : List.of("demo", "ingest", "search", "show", "export", "stats", "bench")) {
            Cli help = Cli.run(cmd, "--help");
            assertThat(help.code()).as(cmd).isZero();
            assertThat(help.out()).as(cmd).contains("Usage: pressroom " + cmd);
        }
        assertThat(Cli.run("--help").out()).contains("ingest", "search", "Exit codes");
    }

    @Test
    void ingestFromStandardInput() throws Exception {
        var saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("{\"text\": \"Stocks rose in Seoul on Monday, traders said.\", \"title\": \"Stocks\"}\n"
                    .getBytes(StandardCharsets.UTF_8)));
            Cli run = Cli.run("ingest", "-", "--format", "jsonl", "--data", data(), "--json");
            assertThat(JSON.readTree(run.out()).get("new").asInt()).isEqualTo(1);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void quotesBySpeakerAndWords() throws Exception {
        assertThat(Cli.run("ingest", RepoFiles.samples().toString(), "--data", data()).code()).isZero();
        JsonNode kirby = JSON.readTree(Cli.run("quotes", "--speaker", "kirby", "--data", data(), "--json", "--limit", "100").out());
        // The hand-made gold (seeds.json) attributes 18 quotations in the samples to John Kirby.
        assertThat(kirby.get("count").asInt()).isGreaterThanOrEqualTo(18);
        kirby.get("quotes").forEach(q -> assertThat(q.get("speaker").asText()).isEqualTo("John Kirby"));
        JsonNode fake = JSON.readTree(Cli.run("quotes", "fake", "peace", "--data", data(), "--json").out());
        assertThat(fake.get("count").asInt()).isEqualTo(1);
        assertThat(fake.get("quotes").get(0).get("speaker").asText()).isEqualTo("Park Jin");
        assertThat(fake.get("quotes").get(0).get("type").asText()).isEqualTo("direct");
        JsonNode dated = JSON.readTree(Cli.run("quotes", "--speaker", "North Korea", "--data", data(), "--json").out());
        assertThat(dated.get("quotes").get(0).get("said_on").asText()).isEqualTo("2022-01-20");
        JsonNode stats = JSON.readTree(Cli.run("stats", "--data", data(), "--json").out());
        assertThat(stats.get("speakers").get("John Kirby").asInt()).isEqualTo(2);
    }

    /** The quote harness on PolNeAR dev (../shared); a floor well under the measured figure guards against regressions. */
    @Test
    void evalQuotesOnPolnearDev() throws Exception {
        Optional<Path> dev = RepoFiles.shared("data/polnear/polnear_dev.jsonl");
        assumeThat(dev).as("../shared/data/polnear/polnear_dev.jsonl").isPresent();
        Path pred = tmp.resolve("pred.jsonl");
        Cli run = Cli.run("eval", "quotes", dev.get().toString(), "--out", pred.toString());
        assertThat(run.code()).as(run.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("quotes@0.3 +P [0-9.]+ R [0-9.]+ F1 ([0-9.]+) \\| speaker-acc ([0-9.]+)").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(0.55);
        assertThat(Double.parseDouble(m.group(2))).isGreaterThan(0.80);
        assertThat(Files.readAllLines(pred)).hasSize(84);
    }

    /** The time harness on TimeBank (../shared); floors well under the measured figures guard against regressions. */
    @Test
    void evalTimeOnTimebank() throws Exception {
        Optional<Path> tb = RepoFiles.shared("data/tempeval/tbaq-timebank.jsonl");
        assumeThat(tb).as("../shared/data/tempeval/tbaq-timebank.jsonl").isPresent();
        Path pred = tmp.resolve("time.jsonl");
        Cli run = Cli.run("eval", "time", tb.get().toString(), "--out", pred.toString());
        assertThat(run.code()).as(run.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("relaxed +P ([0-9.]+) R [0-9.]+ F1 ([0-9.]+)").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(0.9);
        assertThat(Double.parseDouble(m.group(2))).isGreaterThan(0.6);
        assertThat(run.out()).containsPattern("value accuracy 0\\.[89]");
    }

    /** Reuters-21578 from ../shared with the field mapping of the issue; skipped where the data is absent. */
    @Test
    void reutersWithFieldMapping() throws Exception {
        Optional<Path> reuters = RepoFiles.shared("data/corpus/reuters21578.jsonl");
        assumeThat(reuters).as("../shared/data/corpus/reuters21578.jsonl").isPresent();
        Path slice = tmp.resolve("reuters-500.jsonl");
        try (BufferedReader r = Files.newBufferedReader(reuters.get())) {
            List<String> lines = new ArrayList<>();
            for (String l; lines.size() < 500 && (l = r.readLine()) != null; ) lines.add(l);
            Files.write(slice, lines);
        }
        Cli run = Cli.run("ingest", slice.toString(), "--field", "published=date_iso", "--data", data(), "--json");
        JsonNode rep = JSON.readTree(run.out());
        assertThat(rep.get("read").asInt()).isEqualTo(500);
        assertThat(rep.get("new").asInt() + rep.get("duplicate").asInt()).isGreaterThan(480);
        JsonNode stats = JSON.readTree(Cli.run("stats", "--data", data(), "--json").out());
        assertThat(stats.get("with_date").asInt()).isEqualTo(stats.get("articles").asInt());
        assertThat(stats.get("earliest").asText()).startsWith("1987-02-26");
        JsonNode first = JSON.readTree(Cli.run("search", "Bahia", "cocoa", "--data", data(), "--json", "--limit", "1").out()).get("hits").get(0);
        JsonNode article = JSON.readTree(Cli.run("show", first.get("id").asText(), "--data", data()).out());
        assertThat(article.get("published").asText()).startsWith("1987-02-26T15:01:01");
        assertThat(article.get("agency").asText()).isEqualTo("Reuters");
        assertThat(article.get("body").asText()).doesNotEndWith("Reuter").contains("\n\n");
    }
}
