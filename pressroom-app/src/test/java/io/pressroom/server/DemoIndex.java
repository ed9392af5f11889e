package io.pressroom.server;

import io.pressroom.model.DocumentHints;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.store.ArticleWriter;
import io.pressroom.testing.RepoFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The index the server tests run on: the three samples, plus one hostile article dated 2022-03-01. */
final class DemoIndex {
    private DemoIndex() { }

    static Path build(Path dir, String hostileText, String hostileHeadline) throws Exception {
        Path data = dir.resolve("data");
        Pipeline pipeline = Pipeline.standard();
        try (ArticleWriter w = ArticleWriter.open(data); Stream<Path> files = Files.list(RepoFiles.samples())) {
            for (Path f : files.sorted().toList()) {
                w.add(pipeline.process(RawDocument.ofBytes(f.toString(), Files.readAllBytes(f), "text/plain", null)));
            }
            w.add(pipeline.process(RawDocument.ofText("hostile.jsonl:1", hostileText, Pipeline.RECORD_TYPE, null,
                    new DocumentHints(hostileHeadline, null, "2022-03-01", null, null, null, null))));
        }
        return data;
    }
}
