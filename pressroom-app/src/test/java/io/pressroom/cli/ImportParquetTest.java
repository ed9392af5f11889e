package io.pressroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.json.ArticleJson;
import io.pressroom.model.Article;
import io.pressroom.model.Links;
import io.pressroom.testing.RepoFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-parquet} on a table laid out as the Spark job writes it (partition folders, Spark's marker and
 * checksum files, snappy and gzip pages; the real job's output is read in pressroom-spark's test): the
 * articles come back whole, bad rows and unreadable files are listed, and a second run adds nothing.
 */
class ImportParquetTest {
    /** The columns of the job's articles table that matter here, as Spark declares strings. */
    private static final MessageType ARTICLES = MessageTypeParser.parseMessageType(
            "message spark_schema { optional binary id (STRING); optional binary headline (STRING); "
                    + "optional binary json (STRING); optional binary duplicate_of (STRING); }");

    @TempDir Path tmp;

    private static void write(Path file, MessageType schema, CompressionCodecName codec, List<String[]> rows) throws Exception {
        Files.createDirectories(file.getParent());
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .withCompressionCodec(codec).withConf(new PlainParquetConfiguration()).build()) {
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            for (String[] row : rows) {
                Group g = groups.newGroup();
                for (int i = 0; i < row.length; i++) if (row[i] != null) g.append(schema.getFieldName(i), row[i]);
                w.write(g);
            }
        }
    }

    private static String[] row(String json) {
        Article a = ArticleJson.read(json);
        return new String[] {a.id(), a.headline(), json, null};
    }

    private static Article withoutLinks(String json) {
        return ArticleJson.read(json).withLinks(Links.NONE);
    }

    @Test
    void theJobsArticlesTableImportsWholeWithBadRowsAndFilesListed() throws Exception {
        String source = tmp.resolve("source").toString();
        assertThat(Cli.run("ingest", RepoFiles.samples().toString(), "--data", source).code()).isZero();
        Path export = tmp.resolve("export.jsonl");
        assertThat(Cli.run("export", "--data", source, "--out", export.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(export);
        assertThat(lines).hasSize(3);

        Path out = tmp.resolve("out");
        Path table = out.resolve("articles");
        // Two partitions, two codecs; a row whose JSON is not an article, a row with none.
        write(table.resolve("pub_date=2022-01-21/part-00000-c000.snappy.parquet"), ARTICLES, CompressionCodecName.SNAPPY,
                List.of(row(lines.get(0)), new String[] {"0123456789abcdef", "x", "{\"id\":\"0123456789abcdef\"}", null}));
        write(table.resolve("pub_date=2022-01-22/part-00001-c000.gz.parquet"), ARTICLES, CompressionCodecName.GZIP,
                List.of(row(lines.get(1)), row(lines.get(2)), new String[] {"fedcba9876543210", "y", null, null}));
        // What Spark leaves beside its files, a table of another shape, and a file cut short.
        Files.writeString(table.resolve("_SUCCESS"), "");
        Files.write(table.resolve("pub_date=2022-01-22/.part-00001-c000.gz.parquet.crc"), new byte[] {1, 2, 3});
        write(table.resolve("pub_date=2022-01-23/part-00002-c000.snappy.parquet"),
                MessageTypeParser.parseMessageType("message spark_schema { optional binary id (STRING); }"),
                CompressionCodecName.SNAPPY, List.<String[]>of(new String[] {"0123456789abcdef"}));
        byte[] whole = Files.readAllBytes(table.resolve("pub_date=2022-01-21/part-00000-c000.snappy.parquet"));
        Files.write(table.resolve("pub_date=2022-01-23/part-00003-c000.snappy.parquet"), Arrays.copyOf(whole, whole.length / 2));

        String data = tmp.resolve("imported").toString();
        Cli imported = Cli.run("import-parquet", out.toString(), "--data", data);
        assertThat(imported.code()).as(imported.out() + imported.err()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(imported.out()).contains("from 4 files").contains("read       5 articles").contains("new        3")
                .contains("failed     4")
                .contains("part-00000-c000.snappy.parquet#2: no body")
                .contains("part-00001-c000.gz.parquet#3: no article JSON")
                .contains("part-00002-c000.snappy.parquet: no column 'json' (columns: id)")
                .contains("part-00003-c000.snappy.parquet: not a readable Parquet file");

        // The articles are whole: body, quotes, entities, time expressions, events as the pipeline made them.
        Path again = tmp.resolve("again.jsonl");
        assertThat(Cli.run("export", "--data", data, "--out", again.toString()).code()).isZero();
        assertThat(Files.readAllLines(again).stream().map(ImportParquetTest::withoutLinks).toList())
                .containsExactlyInAnyOrderElementsOf(lines.stream().map(ImportParquetTest::withoutLinks).toList());
        assertThat(Cli.run("entity", "Kirby", "--data", data).out()).contains("Pentagon press secretary");

        // The articles/ folder itself, or one file, works too; known ids are skipped.
        Cli second = Cli.run("import-parquet", table.resolve("pub_date=2022-01-22").toString(), "--data", data);
        assertThat(second.code()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(second.out()).contains("new        0").contains("known      2");
        assertThat(Cli.run("import-parquet", tmp.resolve("nowhere").toString(), "--data", data).code()).isEqualTo(ExitCodes.USAGE);
        List<String> none = new ArrayList<>();
        assertThat(ImportParquetCommand.parquetFiles(Files.createDirectories(tmp.resolve("empty")))).isEqualTo(none);
    }
}
