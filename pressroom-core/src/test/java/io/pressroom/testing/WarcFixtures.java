package io.pressroom.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The test WARC writer: packs pages into a WARC file the way a crawler does (warcinfo, then a request
 * and a response record per page), gzip per record or plain, with jwarc's writer.
 */
public final class WarcFixtures {

    /** One fetched page: what the server answered. */
    public record Page(String uri, int status, String contentType, byte[] body, Instant fetched) {
        public static Page html(String uri, String html, Instant fetched) {
            return new Page(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), fetched);
        }
    }

    private WarcFixtures() { }

    public static Path write(Path file, boolean gzip, List<Page> pages) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder().filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("pressroom tests"))).build());
            for (Page p : pages) {
                HttpRequest request = new HttpRequest.Builder("GET", java.net.URI.create(p.uri()).getRawPath())
                        .addHeader("Host", java.net.URI.create(p.uri()).getHost()).build();
                writer.write(new WarcRequest.Builder(p.uri()).date(p.fetched()).body(request).build());
                HttpResponse response = new HttpResponse.Builder(p.status(), p.status() == 200 ? "OK" : "Error")
                        .body(MediaType.parse(p.contentType()), p.body()).build();
                writer.write(new WarcResponse.Builder(p.uri()).date(p.fetched()).body(response).build());
            }
        }
        return file;
    }
}
