package io.pressroom.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another process holds the index's write lock (Lucene allows one writer per index). */
public class IndexInUseException extends IOException {
    public IndexInUseException(Path dir) {
        super("index is in use: another Pressroom process is writing to " + dir
                + " (wait for it to finish; if none is running, a crashed one left the lock and the next run clears it)");
    }
}
