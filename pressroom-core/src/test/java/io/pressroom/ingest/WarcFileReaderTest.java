package io.pressroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.RawDocument;
import io.pressroom.testing.RepoFiles;
import io.pressroom.testing.WarcFixtures;
import io.pressroom.testing.WarcFixtures.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFileReaderTest {
    private static final Instant T = Instant.parse("2022-01-22T03:00:00Z");

    @TempDir Path tmp;

    static List<Page> pages() {
        String big = "x".repeat(3 << 20);
        return List.of(
                Page.html("https://news.example/a", "<html><body><p>First page.</p></body></html>", T),
                new Page("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, T),
                new Page("https://news.example/gone", 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8), T),
                Page.html("https://news.example/big", "<html><body><p>" + big + "</p></body></html>", T),
                new Page("https://news.example/b", 200, "text/html; charset=windows-1252", "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1), T.plusSeconds(60)));
    }

    private ReadersTest.Collect read(Path warc) throws IOException {
        ReadersTest.Collect c = new ReadersTest.Collect();
        new WarcFileReader(1 << 20).read(Input.of(warc), c);
        return c;
    }

    @Test
    void htmlResponsesBecomeDocumentsAndTheRestIsSkippedOrFailed() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            Path warc = WarcFixtures.write(tmp.resolve(gzip ? "c.warc.gz" : "c.warc"), gzip, pages());
            ReadersTest.Collect c = read(warc);
            assertThat(c.docs).extracting(RawDocument::source).containsExactly("https://news.example/a", "https://news.example/b");
            RawDocument b = c.docs.get(1);
            assertThat(b.charset()).isEqualTo("windows-1252");
            assertThat(b.contentType()).isEqualTo("text/html");
            assertThat(b.fetchedAt()).isEqualTo(T.plusSeconds(60));
            assertThat(b.hints().url()).isEqualTo("https://news.example/b");
            assertThat(c.skipped).contains("WARC warcinfo record", "WARC request record", "not HTML (image/png)", "HTTP 4xx response");
            assertThat(c.failures).singleElement().asString().contains("https://news.example/big").contains("too large");
        }
    }

    @Test
    void aTruncatedArchiveIsReadUpToTheDamage() throws IOException {
        Path warc = WarcFixtures.write(tmp.resolve("t.warc.gz"), true, pages());
        byte[] all = Files.readAllBytes(warc);
        // Cut inside the last record's gzip member.
        Path cut = Files.write(tmp.resolve("cut.warc.gz"), Arrays.copyOf(all, all.length - 40));
        ReadersTest.Collect c = read(cut);
        assertThat(c.docs).extracting(RawDocument::source).containsExactly("https://news.example/a");
        assertThat(c.failures).anySatisfy(f -> assertThat(f).contains("cut.warc.gz"));
    }

    @Test
    void aBrokenRecordInTheMiddleLosesOnlyThatRecord() throws IOException {
        Path warc = WarcFixtures.write(tmp.resolve("m.warc"), false, pages());
        String text = new String(Files.readAllBytes(warc), StandardCharsets.ISO_8859_1);
        // Damage the header block of the image response: its Content-Length is no longer a number.
        int png = text.indexOf("WARC-Target-URI: https://news.example/logo.png", text.indexOf("WARC-Type: response"));
        int len = text.indexOf("Content-Length: ", png);
        String broken = text.substring(0, len) + "Content-Length: twelve" + text.substring(text.indexOf("\r\n", len));
        Path bad = Files.write(tmp.resolve("bad.warc"), broken.getBytes(StandardCharsets.ISO_8859_1));
        ReadersTest.Collect c = read(bad);
        assertThat(c.docs).extracting(RawDocument::source).contains("https://news.example/a", "https://news.example/b");
        assertThat(c.failures).anySatisfy(f -> assertThat(f).contains("bad.warc@").contains("unreadable"));
    }

    @Test
    void readsTheSharedExampleArchive() throws IOException {
        Optional<Path> example = RepoFiles.shared("data/html/example.warc.gz");
        org.assertj.core.api.Assumptions.assumeThat(example).isPresent();
        ReadersTest.Collect c = read(example.get());
        assertThat(c.docs).extracting(RawDocument::source).containsExactly("http://example.com/");
        assertThat(c.skipped).contains("WARC warcinfo record", "WARC request record", "WARC revisit record");
        assertThat(c.failures).isEmpty();
    }
}
