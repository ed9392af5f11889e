package io.pressroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pressroom.store.ArticleSearcher;
import io.pressroom.testing.RepoFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop (what Ctrl-C requests) ends an import after the article in hand, with what was added committed. */
class ArticleImportTest {
    @TempDir Path tmp;

    @Test
    void aStoppedImportKeepsWhatItAddedAndSaysSo() throws Exception {
        String source = tmp.resolve("source").toString();
        assertThat(Cli.run("ingest", RepoFiles.samples().toString(), "--data", source).code()).isZero();
        Path export = tmp.resolve("export.jsonl");
        assertThat(Cli.run("export", "--data", source, "--out", export.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(export);

        Path data = tmp.resolve("imported");
        StringWriter out = new StringWriter();
        int code;
        // A commit interval larger than the run: only closing the writer commits, as after Ctrl-C.
        try (ArticleImport run = new ArticleImport(data, 1000)) {
            run.add("export.jsonl:1", lines.get(0));
            run.requestStop();
            assertThatThrownBy(() -> run.add("export.jsonl:2", lines.get(1))).isInstanceOf(ArticleImport.Stopped.class);
            code = run.report(new PrintWriter(out), data, 1);
        }
        assertThat(code).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(out.toString()).contains("interrupted").contains("read       1 articles").contains("new        1");
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            assertThat(searcher.get(io.pressroom.json.ArticleJson.read(lines.get(0)).id())).isPresent();
            assertThat(searcher.get(io.pressroom.json.ArticleJson.read(lines.get(1)).id())).isEmpty();
        }
        // The same import run again resumes: the first article is known, the others are added.
        Cli again = Cli.run("import", export.toString(), "--data", data.toString());
        assertThat(again.out()).contains("known      1").contains("new        2");
    }
}
