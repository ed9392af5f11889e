package io.pressroom.server;

import io.pressroom.store.ArticleSearcher;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The searcher the server uses, reopened when an ingest has committed something new (checked at most
 * once a second), so a running server sees new articles without a restart. Old searchers are closed
 * after a grace period rather than at once, since a request may still be reading them.
 */
final class IndexHolder implements AutoCloseable {
    private final Path dir;
    private volatile ArticleSearcher current;
    private volatile long lastCheck;

    IndexHolder(Path dir) throws IOException {
        this.dir = dir;
        this.current = ArticleSearcher.open(dir);
    }

    ArticleSearcher get() throws IOException {
        long now = System.nanoTime();
        if (now - lastCheck > 1_000_000_000L) {
            synchronized (this) {
                if (now - lastCheck > 1_000_000_000L) {
                    lastCheck = now;
                    if (!current.isCurrent()) {
                        ArticleSearcher old = current;
                        current = ArticleSearcher.open(dir);
                        Thread closer = new Thread(() -> {
                            try {
                                Thread.sleep(30_000);
                                old.close();
                            } catch (InterruptedException | IOException e) {
                                // the process is ending or the files are gone; nothing to keep
                            }
                        }, "pressroom-searcher-closer");
                        closer.setDaemon(true);
                        closer.start();
                    }
                }
            }
        }
        return current;
    }

    @Override
    public void close() throws IOException {
        current.close();
    }
}
