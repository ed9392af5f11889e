package io.pressroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.RawDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    @TempDir Path dir;

    /** Collects what a reader delivers (shared with the WARC reader's tests). */
    static final class Collect implements DocumentSink {
        final List<RawDocument> docs = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void accept(RawDocument d) {
            docs.add(d);
        }

        @Override
        public void fail(String source, String reason) {
            failures.add(source + ": " + reason);
        }

        @Override
        public void skip(String kind) {
            skipped.add(kind);
        }
    }

    @Test
    void jsonlBadLinesFailAloneAndTheRestIsRead() throws IOException {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"text\": \"First article text.\", \"title\": \"One\", \"date_iso\": \"1987-02-26T15:01:01\"}",
                "this is not json",
                "",
                "{\"title\": \"no text\"}",
                "[1, 2]",
                "{\"text\": \"Second.\", \"author\": [\"A\", \"B\"]}"), StandardCharsets.UTF_8);
        Collect c = new Collect();
        FieldMapping m = FieldMapping.defaults().with("published", "date_iso").with("byline", "author");
        new JsonlReader(m, 1 << 20).read(Input.of(f), c);
        assertThat(c.docs).hasSize(2);
        assertThat(c.docs.get(0).hints().title()).isEqualTo("One");
        assertThat(c.docs.get(0).hints().published()).isEqualTo("1987-02-26T15:01:01");
        assertThat(c.docs.get(0).source()).endsWith("a.jsonl:1");
        assertThat(c.docs.get(1).hints().byline()).isEqualTo("A, B");
        assertThat(c.failures).hasSize(3);
        assertThat(c.failures.get(0)).contains("a.jsonl:2").contains("not JSON");
        assertThat(c.failures.get(1)).contains("a.jsonl:4").contains("no text field 'text'");
        assertThat(c.failures.get(2)).contains("a.jsonl:5").contains("not a JSON object");
    }

    @Test
    void unknownMappingTargetsAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FieldMapping.defaults().with("date", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown article field 'date'");
    }

    @Test
    void gzipFilesAreReadTransparentlyAndTruncatedOnesFail() throws IOException {
        Path gz = dir.resolve("page.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("A page of text that was compressed.".getBytes(StandardCharsets.UTF_8));
        }
        Collect c = new Collect();
        Readers readers = Readers.standard(FieldMapping.defaults(), 1 << 20);
        Input in = Input.of(gz);
        readers.forInput(in, null).orElseThrow().read(in, c);
        assertThat(new String(c.docs.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("A page of text that was compressed.");

        byte[] whole = Files.readAllBytes(gz);
        Path cut = dir.resolve("cut.txt.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Input cutIn = Input.of(cut);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> readers.forInput(cutIn, null).orElseThrow().read(cutIn, new Collect()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void oversizedTextFilesAreRefusedWithoutReadingThem() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[3000]);
        Collect c = new Collect();
        WholeFileReader.text(1000).read(Input.of(big), c);
        assertThat(c.docs).isEmpty();
        assertThat(c.failures).singleElement().asString().contains("too large");
    }

    @Test
    void resolverExpandsFoldersAndGlobsAndReportsMissingPaths() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.txt"), "x");
        Files.writeString(dir.resolve("a/b/two.txt"), "x");
        Files.writeString(dir.resolve("a/b/three.jsonl"), "{}");
        Files.writeString(dir.resolve("a/.hidden.txt"), "x");
        InputResolver.Resolved r = InputResolver.resolve(List.of(dir.resolve("a").toString(),
                dir + "/a/**.jsonl", dir.resolve("missing.txt").toString(), dir + "/nothing/*.txt"));
        assertThat(r.inputs()).extracting(i -> i.path().getFileName().toString())
                .containsExactly("three.jsonl", "two.txt", "one.txt", "three.jsonl");
        assertThat(r.problems()).extracting(p -> p[1]).containsExactly("no such file or folder", "no file matches this pattern");
    }
}
