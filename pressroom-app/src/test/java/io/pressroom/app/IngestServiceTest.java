package io.pressroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.ingest.FieldMapping;
import io.pressroom.ingest.Readers;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.ArticleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop request (what Ctrl-C sends) ends an ingest cleanly: what was done is committed, a re-run adds the rest. */
class IngestServiceTest {
    private static final int FILES = 3000;

    @TempDir Path tmp;

    private IngestService service() {
        Pipeline pipeline = Pipeline.standard();
        return new IngestService(Readers.standard(FieldMapping.defaults(), 1 << 20), pipeline, 1, 100_000, null);
    }

    @Test
    void stoppedIngestKeepsItsWorkAndResumes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Officials in city number " + i
                    + " said on Monday that the new bridge would open next spring after years of delays.");
        }
        Path data = tmp.resolve("data");
        IngestService first = service();
        IngestService.Progress progress = new IngestService.Progress();
        AtomicReference<IngestReport> report = new AtomicReference<>();
        Thread run = new Thread(() -> {
            try (ArticleWriter w = ArticleWriter.open(data)) {
                report.set(first.run(List.of(in.toString()), w, progress));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        run.start();
        while (progress.documents.sum() < 50 && run.isAlive()) Thread.sleep(1);
        first.requestStop();
        run.join(60_000);

        IngestReport stopped = report.get();
        assertThat(stopped.interrupted()).isTrue();
        assertThat(stopped.added()).isPositive().isLessThan(FILES);
        try (ArticleSearcher s = ArticleSearcher.open(data)) {
            assertThat(s.size()).as("everything added before the stop is committed").isEqualTo(stopped.added());
        }

        IngestReport resumed;
        try (ArticleWriter w = ArticleWriter.open(data)) {
            resumed = service().run(List.of(in.toString()), w, new IngestService.Progress());
        }
        assertThat(resumed.interrupted()).isFalse();
        assertThat(resumed.duplicates()).isEqualTo(stopped.added());
        assertThat(resumed.added()).isEqualTo(FILES - stopped.added());
        try (ArticleSearcher s = ArticleSearcher.open(data)) {
            assertThat(s.size()).isEqualTo(FILES);
        }
    }
}
