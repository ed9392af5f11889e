package io.pressroom.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.ingest.DocumentSink;
import io.pressroom.ingest.Input;
import io.pressroom.ingest.WarcFileReader;
import io.pressroom.model.Article;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.testing.WarcFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on generated WARC files: its Parquet rows must be what the embedded pipeline
 * makes of the same pages, a syndicated copy in another archive must point to its first copy, and a bad
 * record must be listed as a failure without losing the rest.
 */
class PressroomSparkJobTest {
    @TempDir static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("pressroom-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private static String page(String headline, String date, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>" + headline + " | Daily Ledger</title>"
                + "<meta property=\"article:published_time\" content=\"" + date + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>"
                + "<article><h1>" + headline + "</h1>");
        for (String p : paragraphs) b.append("<p>").append(p).append("</p>");
        return b.append("</article><footer>Copyright Daily Ledger. All rights reserved.</footer></body></html>").toString();
    }

    private static final String[] TALKS = {
        "The foreign ministers of South Korea and the United States met in Washington on Friday to discuss the stalled talks with North Korea, the State Department said in a statement released after the meeting.",
        "\"We remain committed to dialogue without preconditions, and we will keep the door open,\" Foreign Minister Park Jin told reporters after the two-hour meeting at the department.",
        "The two sides agreed to hold working-level consultations next month and to share intelligence on missile launches more closely, according to the statement, which also said 14 projects were under review.",
        "The meeting came three weeks after the North fired a ballistic missile into the sea off its east coast, drawing condemnation from neighbouring countries and the United Nations Security Council."};

    @Test
    void parquetRowsAreWhatTheEmbeddedPipelineMakesAndCopiesPointToTheirFirstCopy() throws Exception {
        Instant crawled = Instant.parse("2023-02-10T00:00:00Z");
        Path a = WarcFixtures.write(dir.resolve("a.warc.gz"), true, List.of(
                WarcFixtures.Page.html("https://ledger.example/world/talks", page("Allies keep door open to talks", "2023-02-03T09:00:00Z", TALKS), crawled),
                WarcFixtures.Page.html("https://ledger.example/business/chips", page("Chip makers expand plants", "2023-02-04T10:00:00Z",
                        "Two of the largest chip makers said on Saturday they would expand their plants in Arizona and Texas, adding about 3,000 jobs over the next five years.",
                        "\"Demand for advanced chips keeps growing faster than anyone expected,\" the chief executive of one of the companies said in an interview.",
                        "Analysts said the expansion reflected government subsidies and a shortage of capacity that had delayed car production for two years."), crawled)));
        List<String> copy = new ArrayList<>(List.of(TALKS));
        copy.set(0, "WASHINGTON (Yonhap) -- " + copy.get(0));
        Path b = WarcFixtures.write(dir.resolve("b.warc"), false, List.of(
                WarcFixtures.Page.html("https://herald.example/news/123", page("S. Korea, US agree on closer intelligence sharing", "2023-02-04T01:00:00Z",
                        copy.toArray(new String[0])), crawled)));
        Path broken = dir.resolve("broken.warc");
        Files.writeString(broken, "this is not a WARC file\n");

        Path out = dir.resolve("out");
        long n = PressroomSparkJob.run(spark, List.of(a.toString(), b.toString(), broken.toString()), out.toString());
        assertThat(n).isEqualTo(3);

        // What the embedded ingest makes of the same archives.
        Pipeline pipeline = Pipeline.standard();
        Map<String, Article> embedded = new HashMap<>();
        for (Path warc : List.of(a, b)) {
            new WarcFileReader(pipeline.options().maxDocumentChars()).read(Input.of(warc), new DocumentSink() {
                @Override
                public void accept(RawDocument doc) {
                    try {
                        Article art = pipeline.process(doc);
                        embedded.put(art.id(), art);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }

                @Override
                public void fail(String source, String reason) {
                    throw new AssertionError(source + ": " + reason);
                }
            });
        }
        List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
        assertThat(rows).hasSize(3);
        String original = null;
        for (Row r : rows) {
            Article e = embedded.get(r.<String>getAs("id"));
            assertThat(e).as("row %s", r.<String>getAs("id")).isNotNull();
            assertThat(r.<String>getAs("headline")).isEqualTo(e.headline());
            assertThat(r.<String>getAs("body")).isEqualTo(e.body());
            assertThat(r.<String>getAs("url")).isEqualTo(e.url());
            // Partition values come back typed (a date here): compared as text.
            assertThat(String.valueOf((Object) r.getAs("pub_date"))).isEqualTo(e.published().date().toString());
            if (e.url().contains("ledger.example/world")) original = e.id();
        }
        for (Row r : rows) {
            String dup = r.getAs("duplicate_of");
            if (r.<String>getAs("url").contains("herald.example")) assertThat(dup).isEqualTo(original);
            else assertThat(dup).isNull();
        }
        // Quotations, row by row as the embedded pipeline finds them.
        List<Row> quotes = spark.read().parquet(out.resolve("quotes").toString()).collectAsList();
        int expected = embedded.values().stream().mapToInt(x -> x.quotes().size()).sum();
        assertThat(quotes).hasSize(expected);
        for (Row q : quotes) {
            Article e = embedded.get(q.<String>getAs("article_id"));
            var quote = e.quotes().get(q.<Integer>getAs("idx"));
            assertThat(q.<String>getAs("text")).isEqualTo(e.text(quote.content()));
            assertThat(q.<String>getAs("speaker")).isEqualTo(quote.speaker());
        }
        // Entities and events, row by row as the embedded pipeline finds them.
        List<Row> entities = spark.read().parquet(out.resolve("entities").toString()).collectAsList();
        assertThat(entities).hasSize(embedded.values().stream().mapToInt(x -> x.entities().size()).sum()).isNotEmpty();
        for (Row m : entities) {
            Article e = embedded.get(m.<String>getAs("article_id"));
            var mention = e.entities().get(m.<Integer>getAs("idx"));
            assertThat(m.<String>getAs("text")).isEqualTo(e.text(mention.span()));
            assertThat(m.<String>getAs("entity_id")).isEqualTo(mention.entityId());
            assertThat(m.<String>getAs("role")).isEqualTo(mention.role());
        }
        List<Row> timexes = spark.read().parquet(out.resolve("timexes").toString()).collectAsList();
        assertThat(timexes).hasSize(embedded.values().stream().mapToInt(x -> x.timexes().size()).sum()).isNotEmpty();
        for (Row t : timexes) {
            Article e = embedded.get(t.<String>getAs("article_id"));
            var timex = e.timexes().get(t.<Integer>getAs("idx"));
            assertThat(t.<String>getAs("text")).isEqualTo(e.text(timex.span()));
            assertThat(t.<String>getAs("value")).isEqualTo(timex.value());
        }
        List<Row> events = spark.read().parquet(out.resolve("events").toString()).collectAsList();
        assertThat(events).hasSize(embedded.values().stream().mapToInt(x -> x.events().size()).sum());
        for (Row ev : events) {
            Article e = embedded.get(ev.<String>getAs("article_id"));
            var event = e.events().get(ev.<Integer>getAs("idx"));
            assertThat(ev.<String>getAs("value")).isEqualTo(event.value());
            assertThat(ev.<scala.collection.Seq<String>>getAs("actors").size()).isEqualTo(event.actors().size());
        }
        // The articles again as JSON lines for `pressroom import`: the same articles, read back whole.
        List<String> jsonLines = spark.read().textFile(out.resolve("articles-json").toString()).collectAsList();
        assertThat(jsonLines).hasSize(rows.size());
        for (String line : jsonLines) {
            Article back = io.pressroom.json.ArticleJson.read(line);
            assertThat(back.body()).isEqualTo(embedded.get(back.id()).body());
            assertThat(back.entities()).isEqualTo(embedded.get(back.id()).entities());
        }
        // `pressroom import-parquet` loads the articles table into an embedded index: each article whole, as the
        // embedded pipeline made it, and the copy linked to its first copy again.
        Path index = dir.resolve("index");
        java.io.StringWriter report = new java.io.StringWriter();
        picocli.CommandLine cli = io.pressroom.cli.PressroomCli.newCommandLine();
        cli.setOut(new java.io.PrintWriter(report, true));
        assertThat(cli.execute("import-parquet", out.toString(), "--data", index.toString())).as(report.toString()).isZero();
        assertThat(report.toString()).contains("new        3").contains("failed     0");
        try (io.pressroom.store.ArticleSearcher searcher = io.pressroom.store.ArticleSearcher.open(index)) {
            for (Article e : embedded.values()) {
                Article back = searcher.get(e.id()).orElseThrow();
                assertThat(back.body()).isEqualTo(e.body());
                assertThat(back.quotes()).isEqualTo(e.quotes());
                assertThat(back.entities()).isEqualTo(e.entities());
                assertThat(back.timexes()).isEqualTo(e.timexes());
                assertThat(back.events()).isEqualTo(e.events());
                assertThat(back.links().duplicateOf()).isEqualTo(e.url().contains("herald.example") ? original : null);
            }
        }

        // The broken archive is listed, with its reason; nothing else was lost.
        List<Row> failures = spark.read().json(out.resolve("failures").toString()).collectAsList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).<String>getAs("source")).contains("broken.warc");

        // A gzip member cut short: the pages before the damage are kept, the damage is listed.
        byte[] whole = Files.readAllBytes(a);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), java.util.Arrays.copyOf(whole, whole.length - 40));
        assertThat(PressroomSparkJob.run(spark, List.of(cut.toString()), dir.resolve("cut").toString())).isBetween(1L, 2L);
        assertThat(spark.read().json(dir.resolve("cut/failures").toString()).collectAsList())
                .anySatisfy(f -> assertThat(f.<String>getAs("source")).contains("cut.warc.gz"));

        // Globs are expanded on the driver, each archive once, in name order; a pattern with no match stays, to fail visibly.
        org.apache.hadoop.conf.Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        assertThat(PressroomSparkJob.expandGlobs(List.of(dir + "/*.warc*", a.toString(), dir + "/none-*.warc"), hadoop))
                .containsExactly(a.toString(), b.toString(), broken.toString(), cut.toString(), dir + "/none-*.warc");
        assertThat(PressroomSparkJob.run(spark, List.of(dir.resolve("?.warc*").toString(), dir + "/none-*.warc"),
                dir.resolve("globbed").toString())).isEqualTo(3);
        assertThat(spark.read().json(dir.resolve("globbed/failures").toString()).collectAsList())
                .anySatisfy(f -> assertThat(f.<String>getAs("source")).contains("none-*.warc"));

        // Filters on the WARC record (host, crawl day) keep pages out before any extraction.
        Path filtered = dir.resolve("filtered");
        assertThat(PressroomSparkJob.run(spark, List.of(a.toString(), b.toString()), filtered.toString(),
                new PressroomSparkJob.Filter(null, null, java.util.Set.of("herald.example")))).isEqualTo(1);
        assertThat(PressroomSparkJob.run(spark, List.of(a.toString(), b.toString()), dir.resolve("none").toString(),
                new PressroomSparkJob.Filter(java.time.LocalDate.parse("2023-03-01"), null, java.util.Set.of()))).isZero();
        // Every test page declares lang="en".
        assertThat(PressroomSparkJob.run(spark, List.of(a.toString()), dir.resolve("ko").toString(),
                new PressroomSparkJob.Filter(null, null, java.util.Set.of(), java.util.Set.of("ko")))).isZero();
        assertThat(PressroomSparkJob.run(spark, List.of(a.toString()), dir.resolve("en").toString(),
                new PressroomSparkJob.Filter(null, null, java.util.Set.of(), java.util.Set.of("en")))).isEqualTo(2);
    }

    /** As the embedded linker: a copy published months after its original is not folded into it; undated ones are. */
    @Test
    void nearCopiesAreSoughtWithinTheCopyWindow() {
        String body = String.join("\n\n", TALKS);
        io.pressroom.link.Fingerprint fp = io.pressroom.link.Fingerprint.of(body);
        io.pressroom.link.Fingerprint copy = io.pressroom.link.Fingerprint.of("WASHINGTON (Yonhap) -- " + body);
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("id", org.apache.spark.sql.types.DataTypes.StringType)
                .add("published", org.apache.spark.sql.types.DataTypes.StringType)
                .add("agency", org.apache.spark.sql.types.DataTypes.StringType)
                .add("fingerprint", org.apache.spark.sql.types.DataTypes.BinaryType)
                .add("band_keys", org.apache.spark.sql.types.DataTypes.createArrayType(org.apache.spark.sql.types.DataTypes.LongType));
        List<Long> keys = new ArrayList<>();
        for (long k : fp.bandKeys()) keys.add(k);
        List<Long> copyKeys = new ArrayList<>();
        for (long k : copy.bandKeys()) copyKeys.add(k);
        List<Row> rows = List.of(
                org.apache.spark.sql.RowFactory.create("original", "2023-02-03T09:00Z", "Yonhap", fp.toBytes(), keys),
                org.apache.spark.sql.RowFactory.create("next-day", "2023-02-04T01:00Z", "Yonhap", copy.toBytes(), copyKeys),
                org.apache.spark.sql.RowFactory.create("months-later", "2023-06-20", "Yonhap", copy.toBytes(), copyKeys),
                org.apache.spark.sql.RowFactory.create("undated", null, "Yonhap", copy.toBytes(), copyKeys));
        Map<String, String> links = new HashMap<>();
        for (Row r : PressroomSparkJob.duplicates(spark.createDataFrame(rows, schema)).collect()) links.put(r.getString(0), r.getString(1));
        assertThat(links).containsEntry("next-day", "original").containsEntry("undated", "original")
                .doesNotContainKey("months-later").doesNotContainKey("original");
    }
}
