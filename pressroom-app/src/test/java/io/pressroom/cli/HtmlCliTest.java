package io.pressroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.testing.RepoFiles;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML through the CLI: extract (no index), ingest (.html, .htm, .gz; non-articles skipped), the WCXB harness. */
class HtmlCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    static final String ARTICLE = """
            <html lang="en"><head><title>Port strike ends after five days | Harbour Times</title>
            <meta property="og:site_name" content="Harbour Times">
            <meta property="article:published_time" content="2023-03-09T08:00:00Z">
            <meta name="author" content="Ana Lima"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Port strike ends after five days</h1>
            <p>Dock workers returned to work on Thursday after the union and port operators agreed on a new pay deal.</p>
            <p>"This is a fair result for everyone who works here," union leader Maria Costa told reporters at the gate.</p>
            </article><footer>Contact us | Privacy policy | All rights reserved</footer></body></html>
            """;

    @Test
    void extractWritesOneJsonPerInputNamedAfterIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(in.resolve("strike.html"), ARTICLE);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in.resolve("second.htm.gz")))) {
            o.write(ARTICLE.replace("five", "six").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("list.html"), "<html><body><ul>" + "<li><a href='/x'>Some headline here</a></li>".repeat(30) + "</ul></body></html>");
        Path out = tmp.resolve("out");
        Cli run = Cli.run("extract", in.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("strike.json")).exists();
        assertThat(out.resolve("second.json")).exists();
        JsonNode a = JSON.readTree(out.resolve("strike.json").toFile());
        assertThat(a.get("headline").asText()).isEqualTo("Port strike ends after five days");
        assertThat(a.get("outlet").asText()).isEqualTo("Harbour Times");
        assertThat(a.get("authors").get(0).asText()).isEqualTo("Ana Lima");
        assertThat(a.get("language").asText()).isEqualTo("en");
        assertThat(a.get("published").asText()).isEqualTo("2023-03-09T08:00:00Z");
        assertThat(a.get("body").asText()).startsWith("Dock workers returned").doesNotContain("Home").doesNotContain("Privacy");
        assertThat(a.get("quotes").get(0).get("speaker").asText()).isEqualTo("Maria Costa");
        // extract keeps every page and says what it is.
        assertThat(JSON.readTree(out.resolve("list.json").toFile()).get("page_type").asText()).isEqualTo("listing");
    }

    @Test
    void ingestTakesHtmlAndSkipsPagesThatAreNotArticles() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(in.resolve("strike.html"), ARTICLE);
        Files.writeString(in.resolve("missing.html"), "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                + "<p>The requested URL was not found on this server.</p></body></html>");
        String data = tmp.resolve("data").toString();
        Cli run = Cli.run("ingest", in.toString(), "--data", data, "--json");
        JsonNode rep = JSON.readTree(run.out());
        assertThat(rep.get("new").asInt()).isEqualTo(1);
        assertThat(run.out()).contains("not an article: error page");
        JsonNode hits = JSON.readTree(Cli.run("search", "dock workers", "--data", data, "--json").out()).get("hits");
        assertThat(hits).hasSize(1);
    }

    @Test
    void ingestAndExtractReadWarcArchives() throws Exception {
        java.time.Instant crawled = java.time.Instant.parse("2023-03-10T12:00:00Z");
        String undated = ARTICLE.replace("<meta property=\"article:published_time\" content=\"2023-03-09T08:00:00Z\">", "")
                .replace("on Thursday", "on Thursday, March 9");
        Path warc = io.pressroom.testing.WarcFixtures.write(tmp.resolve("crawl.warc.gz"), true, java.util.List.of(
                io.pressroom.testing.WarcFixtures.Page.html("https://harbour.example/news/strike", undated, crawled),
                new io.pressroom.testing.WarcFixtures.Page("https://harbour.example/app.js", 200, "application/javascript",
                        "var x = 1;".getBytes(StandardCharsets.UTF_8), crawled)));
        String data = tmp.resolve("data").toString();
        JsonNode rep = JSON.readTree(Cli.run("ingest", warc.toString(), "--data", data, "--json").out());
        assertThat(rep.get("new").asInt()).isEqualTo(1);
        assertThat(rep.get("skipped").get("WARC request record").asInt()).isEqualTo(2);
        assertThat(rep.get("skipped").get("not HTML (application/javascript)").asInt()).isEqualTo(1);
        Cli out = Cli.run("extract", warc.toString(), "--out", tmp.resolve("x").toString());
        assertThat(out.code()).as(out.err()).isZero();
        JsonNode a = JSON.readTree(Files.readString(tmp.resolve("x").resolve("crawl.json")));
        assertThat(a.get("url").asText()).isEqualTo("https://harbour.example/news/strike");
        assertThat(a.get("crawled").asText()).isEqualTo("2023-03-10T12:00:00Z");
        // No date on the page: the crawl date anchors "March 9" to 2023.
        assertThat(a.get("timexes").toString()).contains("2023-03-09");
    }

    /** WCXB dev pages from ../shared: floors under the measured figures (docs/QUALITY.md) guard against regressions. */
    @Test
    void evalHtmlOnWcxbDev() throws Exception {
        Optional<Path> wcxb = RepoFiles.shared("data/html/wcxb-dev-articles");
        assumeThat(wcxb).as("../shared/data/html/wcxb-dev-articles").isPresent();
        Cli run = Cli.run("eval", "html", wcxb.get().toString(), "--limit", "200");
        assertThat(run.code()).as(run.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("body +F1 ([0-9.]+)").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(0.90);
        Cli dump = Cli.run("eval", "html", wcxb.get().toString(), "--limit", "200", "--dump");
        m = java.util.regex.Pattern.compile("body +F1 ([0-9.]+)").matcher(dump.out());
        assertThat(m.find()).as(dump.out()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(0.83);
    }
}
