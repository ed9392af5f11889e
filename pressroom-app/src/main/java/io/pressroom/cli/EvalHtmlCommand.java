package io.pressroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.eval.WordOverlap;
import io.pressroom.html.HtmlExtractor;
import io.pressroom.html.HtmlPage;
import io.pressroom.html.HtmlText;
import io.pressroom.text.TextCleaner;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.DocumentException;
import io.pressroom.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pressroom eval html}: the HTML extractor (or the text-dump cleaner) against WCXB ground truth. */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = {"Extract every page of a WCXB split folder (html/NNNN.html.gz + ground-truth/NNNN.json) and print",
                "body bag-of-words P/R/F1 (WCXB's metric, macro over pages) and title/author/date agreement, as",
                "../shared/data/html/score.py --wcxb does. With --dump, each page is first flattened to a plain",
                "full-page text dump and the text cleaner is measured instead. --out writes NNNN.txt and NNNN.meta.json."})
final class EvalHtmlCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline DECODER = new Pipeline(Pipeline.Options.DEFAULT, java.util.List.of());

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A WCXB split folder.")
    Path dir;

    @Option(names = "--out", paramLabel = "PRED_DIR", description = "Write predictions here (NNNN.txt, NNNN.meta.json).")
    Path out;

    @Option(names = "--dump", description = "Measure the text cleaner on full-page text dumps of the pages.")
    boolean dump;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N pages.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--per-page", description = "Print each page's F1.")
    boolean perPage;

    @Override
    public Integer call() throws IOException {
        List<Path> truths;
        try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
            truths = s.filter(p -> p.toString().endsWith(".json")).sorted().limit(limit).toList();
        }
        if (out != null) Files.createDirectories(out);
        PrintWriter pw = spec.commandLine().getOut();
        double sp = 0, sr = 0, sf = 0;
        int[] title = new int[2], author = new int[2], date = new int[2];
        long nanos = 0;
        long bytes = 0;
        int pages = 0;
        for (Path t : truths) {
            JsonNode gt = JSON.readTree(t.toFile());
            String id = t.getFileName().toString().replace(".json", "");
            JsonNode g = gt.path("ground_truth");
            byte[] raw = gunzip(dir.resolve("html").resolve(id + ".html.gz"));
            bytes += raw.length;
            long t0 = System.nanoTime();
            String html;
            try {
                // The pipeline's own decoding: declared charset checked against the bytes.
                html = DECODER.decode(new RawDocument(id, raw, null, Pipeline.HTML_TYPE, null, null, null)).text();
            } catch (DocumentException e) {
                html = "";
            }
            String body;
            String predTitle;
            String predAuthor = null;
            String predDate = null;
            if (dump) {
                TextCleaner.Result r = TextCleaner.clean(HtmlText.dump(html), TextCleaner.Mode.FULL);
                body = r.body();
                predTitle = r.headline();
                predAuthor = r.byline();
                predDate = r.stamp() == null ? null : r.stamp().time().toString();
            } else {
                HtmlPage page = HtmlExtractor.extract(html, gt.path("url").asText(null), null);
                body = page.body();
                predTitle = page.title();
                if (!page.authors().isEmpty()) predAuthor = String.join(", ", page.authors());
                if (page.published() != null) predDate = page.published().toString();
            }
            nanos += System.nanoTime() - t0;
            pages++;
            double[] prf = WordOverlap.prf(body, g.path("main_content").asText(""));
            sp += prf[0];
            sr += prf[1];
            sf += prf[2];
            if (perPage) pw.printf("%s\t%.3f\t%.3f\t%.3f%n", id, prf[0], prf[1], prf[2]);
            agree(title, g.path("title").asText(null), predTitle, false);
            agree(author, g.path("author").asText(null), predAuthor, false);
            agree(date, g.path("publish_date").asText(null), predDate, true);
            if (out != null) {
                Files.writeString(out.resolve(id + ".txt"), body, StandardCharsets.UTF_8);
                ObjectNode meta = JSON.createObjectNode();
                if (predTitle != null) meta.put("title", predTitle);
                if (predAuthor != null) meta.put("author", predAuthor);
                if (predDate != null) meta.put("publish_date", predDate);
                Files.writeString(out.resolve(id + ".meta.json"), JSON.writeValueAsString(meta), StandardCharsets.UTF_8);
            }
        }
        if (pages == 0) {
            pw.println("no pages found under " + dir.resolve("ground-truth"));
            return ExitCodes.USAGE;
        }
        double p = sp / pages, r = sr / pages, f = sf / pages;
        pw.printf("%d pages (%s), %s%n", pages, dump ? "full-page text dumps, text cleaner" : "HTML extractor",
                dump ? "" : String.format("%.0f pages/s on one thread, %.1f MB", pages / (nanos / 1e9), bytes / 1e6));
        pw.printf("body   F1 %.3f  P %.3f  R %.3f   (WCXB word bag, macro over pages)%n", f, p, r);
        pw.printf("title  %s%nauthor %s%ndate   %s%n", share(title), share(author), share(date));
        pw.flush();
        return ExitCodes.OK;
    }

    /** score.py's rule: counted where the truth has the field and the prediction supplies it. */
    private static void agree(int[] tally, String truth, String predicted, boolean dateOnly) {
        if (truth == null || truth.isBlank() || predicted == null) return;
        String a = WordOverlap.normalise(predicted);
        String b = WordOverlap.normalise(truth);
        if (dateOnly) {
            a = a.length() > 10 ? a.substring(0, 10) : a;
            b = b.length() > 10 ? b.substring(0, 10) : b;
        }
        tally[1]++;
        if (a.equals(b)) tally[0]++;
    }

    private static String share(int[] tally) {
        return tally[1] == 0 ? "-" : String.format("%.3f (%d/%d pages that have it and were given one)",
                (double) tally[0] / tally[1], tally[0], tally[1]);
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
