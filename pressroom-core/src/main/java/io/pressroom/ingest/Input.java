package io.pressroom.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/**
 * One input to read: a file (possibly gzip-compressed) or standard input.
 *
 * @param name how reports and article sources name it (the path as given, or "-" for stdin)
 * @param path the file, or null for stdin
 * @param size bytes on disk, or -1 when unknown
 * @param bytesRead where to count bytes read (for progress), or null
 */
public record Input(String name, Path path, long size, LongAdder bytesRead) {

    public static Input of(Path path) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = -1;
        }
        return new Input(path.toString(), path, size, null);
    }

    public static Input stdin() {
        return new Input("-", null, -1, null);
    }

    /** The same input, counting the (compressed) bytes read from it into {@code counter}: for progress bars. */
    public Input counting(LongAdder counter) {
        return new Input(name, path, size, counter);
    }

    public boolean isStdin() {
        return path == null;
    }

    public boolean isGzip() {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The file name that tells the format: "a.jsonl" for "dir/a.jsonl.gz". */
    public String formatName() {
        String n = path == null ? name : path.getFileName().toString();
        n = n.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** Opens the content, decompressing gzip on the fly. The caller closes it. */
    public InputStream open() throws IOException {
        InputStream in = path == null ? new NonClosing(System.in) : Files.newInputStream(path);
        if (bytesRead != null) in = new Counting(in, bytesRead);
        if (isGzip()) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw new IOException("not valid gzip: " + e.getMessage(), e);
            }
        }
        return in;
    }

    private static final class Counting extends java.io.FilterInputStream {
        private final LongAdder counter;

        Counting(InputStream in, LongAdder counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) counter.increment();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) counter.add(n);
            return n;
        }
    }

    /** Standard input must stay open for whoever reads it next. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // stdin belongs to the process
        }
    }
}
