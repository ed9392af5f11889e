package io.pressroom.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream whole, but never more than a limit: a 50 MB "article" must not fill the heap. */
final class BoundedReads {
    private BoundedReads() { }

    /** The bytes, or null when the stream holds more than {@code limit} bytes. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > limit) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
