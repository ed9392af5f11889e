package io.pressroom.ingest;

import io.pressroom.model.DocumentHints;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC archives (Common Crawl, CC-NEWS, Heritrix, wget --warc-file), read with jwarc: each response
 * record of an HTML page becomes one document with its target URI as source and URL, its HTTP charset,
 * and its WARC-Date as the crawl time. Other records (warcinfo, request, revisit, metadata) and other
 * payloads (images, PDFs, scripts) are skipped and counted; a record that cannot be read is a
 * per-record failure, and an archive cut short is read up to the damage.
 */
public final class WarcFileReader implements DocumentReader {
    private final long maxBytes;

    public WarcFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public boolean accepts(String formatName) {
        return formatName.endsWith(".warc") || formatName.endsWith(".arc");
    }

    @Override
    public void read(Input input, DocumentSink sink) throws IOException {
        if (input.path() == null) {
            try (InputStream in = input.open(); WarcReader reader = new WarcReader(in)) {
                readAll(input, reader, sink);
            }
            return;
        }
        // A file is read through a seekable channel (jwarc detects per-record gzip itself), so that after
        // a damaged record the reader can resume at the next record instead of losing the rest.
        try (FileChannel channel = FileChannel.open(input.path(), StandardOpenOption.READ)) {
            long start = 0;
            while (start >= 0 && start < channel.size()) {
                channel.position(start);
                WarcReader reader = new WarcReader(new CountingChannel(channel, input));
                long failed = readAll(input, reader, sink);
                if (failed < 0) return;
                long failedAt = start + failed;   // the reader counts from where it was started
                start = nextRecordStart(channel, failedAt + 1);
                if (start > 0) sink.fail(input.name() + "@" + failedAt, "damaged record skipped; reading resumes at byte " + start);
            }
        }
    }

    /** Reads records until the end (returns -1) or until one cannot be parsed (returns its offset). */
    private long readAll(Input input, WarcReader reader, DocumentSink sink) {
        // Lenient: real crawls hold slightly malformed headers.
        reader.setLenient(true);
        while (true) {
            Optional<WarcRecord> next;
            long at = reader.position();
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                sink.fail(input.name() + "@" + at, "WARC record unreadable: " + oneLine(e));
                return input.path() == null ? -1 : at;
            }
            if (next.isEmpty()) return -1;
            WarcRecord record = next.get();
            if (!(record instanceof WarcResponse response)) {
                sink.skip("WARC " + record.type() + " record");
                continue;
            }
            readResponse(input, response, reader.position(), sink);
        }
    }

    /**
     * The offset of the next record after {@code from}: a gzip member header (1f 8b 08) in a compressed
     * archive, a line starting "WARC/1." in a plain one; -1 when there is none.
     */
    static long nextRecordStart(FileChannel channel, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        byte[] warc = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
        long pos = from;
        while (pos < channel.size()) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) return -1;
            byte[] a = buf.array();
            for (int i = 0; i < n; i++) {
                if (i + 2 < n && (a[i] & 0xff) == 0x1f && (a[i + 1] & 0xff) == 0x8b && a[i + 2] == 8) return pos + i;
                if (i + warc.length <= n && (pos + i == 0 || i > 0 && a[i - 1] == '\n')
                        && java.util.Arrays.equals(a, i, i + warc.length, warc, 0, warc.length)) {
                    return pos + i;
                }
            }
            // Overlap the windows by a few bytes so that a marker across the boundary is found.
            pos += Math.max(1, n - warc.length);
        }
        return -1;
    }

    /** Counts bytes read into the input's progress counter. */
    private record CountingChannel(FileChannel channel, Input input) implements ReadableByteChannel {
        @Override
        public int read(ByteBuffer dst) throws IOException {
            int n = channel.read(dst);
            if (n > 0 && input.bytesRead() != null) input.bytesRead().add(n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
            // the file channel is closed by read()
        }
    }

    private void readResponse(Input input, WarcResponse response, long at, DocumentSink sink) {
        String uri = response.target();
        String where = uri + " (" + input.name() + ")";
        HttpResponse http;
        try {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                sink.skip("non-HTTP response");
                return;
            }
            http = response.http();
        } catch (IOException | RuntimeException e) {
            sink.fail(where, "HTTP response unreadable: " + oneLine(e));
            return;
        }
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() < 200 || http.status() >= 300) {
            sink.skip("HTTP " + (http.status() / 100) + "xx response");
            return;
        }
        if (!(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            sink.skip("not HTML (" + (base.isBlank() ? "no content type" : base) + ")");
            return;
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = BoundedReads.readAtMost(body, maxBytes);
        } catch (IOException | RuntimeException e) {
            sink.fail(where, "payload unreadable (truncated record?): " + oneLine(e));
            return;
        }
        if (bytes == null) {
            sink.fail(where, "too large: over " + Pipeline.sizeText(maxBytes) + " (raise it with --max-size)");
            return;
        }
        String charset = type.parameters().get("charset");
        DocumentHints hints = new DocumentHints(null, uri, null, null, null, null, null);
        sink.accept(new RawDocument(uri, bytes, null, Pipeline.HTML_TYPE, charset, response.date(), hints));
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
