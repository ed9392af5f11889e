package io.pressroom.store;

import java.io.IOException;
import java.nio.file.Path;

/** The data folder holds no index yet. */
public class NoIndexException extends IOException {
    public NoIndexException(Path dir) {
        super("no index in " + dir + " (run 'pressroom ingest PATH...' first, or pass --data DIR)");
    }
}
