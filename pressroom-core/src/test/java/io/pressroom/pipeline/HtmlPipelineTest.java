package io.pressroom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pressroom.html.HtmlExtractorTest;
import io.pressroom.model.Article;
import io.pressroom.model.RawDocument;
import io.pressroom.text.TextCleaner;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML pages through the one pipeline: decoding, extraction, metadata merge, refusals with reasons. */
class HtmlPipelineTest {
    private static final Instant CRAWLED = Instant.parse("2022-01-25T00:00:00Z");
    private final Pipeline pipeline = Pipeline.standard();

    private static RawDocument html(byte[] bytes) {
        return new RawDocument("page.html", bytes, null, "text/html", null, CRAWLED, null);
    }

    @Test
    void anHtmlPageBecomesAnArticleWithPageMetadata() throws DocumentException {
        Article a = pipeline.process(html(HtmlExtractorTest.NEWS_PAGE.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.headline()).isEqualTo("Kirby says talks will go on");
        assertThat(a.outlet()).isEqualTo("The Daily Ledger");
        assertThat(a.byline()).isEqualTo("Jane Roe, Kim Min-ji");
        assertThat(a.page().authors()).containsExactly("Jane Roe", "Kim Min-ji");
        assertThat(a.page().type()).isEqualTo("article");
        assertThat(a.page().language()).isEqualTo("en-US");
        assertThat(a.url()).isEqualTo("https://ledger.example/world/2022/01/21/kirby-talks");
        assertThat(a.published().toString()).isEqualTo("2022-01-21T09:30:00+09:00");
        assertThat(a.dateline()).isEqualTo("WASHINGTON, Jan. 21");
        assertThat(a.captions()).hasSize(1);
        // The later stages ran on the extracted body.
        assertThat(a.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("John Kirby"));
        assertThat(a.timexes()).isNotEmpty();
    }

    @Test
    void aWronglyDeclaredCharsetIsCaughtNotTurnedIntoMojibake() throws DocumentException {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>Café society</title></head><body><article>"
                + "<p>The café on the corner serves crème brûlée to a queue that reaches the next street every day.</p>"
                + "<p>Its owner, Zoë Müller, said the recipe came from her grandmother in Zürich many years ago.</p>"
                + "</article></body></html>";
        Article a = pipeline.process(html(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.body()).contains("crème brûlée").contains("Zoë Müller").doesNotContain("Ã");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("ISO-8859-1").contains("UTF-8"));

        // windows-1252 bytes with no declaration at all are detected, and the guess is reported.
        Article b = pipeline.process(html(page.replace("<meta charset=\"iso-8859-1\">", "")
                .getBytes(Charset.forName("windows-1252"))));
        assertThat(b.body()).contains("crème brûlée");
        assertThat(b.warnings()).isNotEmpty();
    }

    @Test
    void pagesThatAreNotArticlesAreRefusedWithTheirTypeUnlessAllPagesAreKept() throws DocumentException {
        StringBuilder listing = new StringBuilder("<html><head><title>World</title></head><body><ul>");
        for (int i = 0; i < 30; i++) listing.append("<li><a href='/").append(i).append("'>A headline about the world, number ").append(i).append("</a></li>");
        byte[] bytes = listing.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> pipeline.process(html(bytes)))
                .isInstanceOf(DocumentException.class).hasMessageContaining("not an article: listing page")
                .hasMessageContaining("--all-pages");
        Pipeline all = new Pipeline(new Pipeline.Options(TextCleaner.Mode.FULL, TextCleaner.Mode.LIGHT, 10L << 20, true), List.of());
        assertThat(all.process(html(bytes)).page().type()).isEqualTo("listing");
    }

    @Test
    void hugeAndEmptyPagesGetAReason() {
        byte[] huge = new byte[11 << 20];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> pipeline.process(html(huge))).hasMessageContaining("too large");
        assertThatThrownBy(() -> pipeline.process(html(new byte[0]))).hasMessageContaining("empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        assertThatThrownBy(() -> pipeline.process(html(png))).hasMessageContaining("not text");
    }
}
