package io.pressroom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pressroom.model.Article;
import io.pressroom.model.DocumentHints;
import io.pressroom.model.RawDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private final Pipeline pipeline = Pipeline.standard();

    @Test
    void sameContentSameIdWhateverTheWhitespace() throws Exception {
        String text = "Officials met in Seoul on Monday to discuss the new trade agreement between the two countries.";
        Article a = pipeline.process(RawDocument.ofBytes("a.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain", null));
        Article b = pipeline.process(RawDocument.ofBytes("b.txt", ("\r\n  " + text.replace(" ", "  ") + "\r\n").getBytes(StandardCharsets.UTF_8), "text/plain", null));
        assertThat(a.id()).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(b.id());
    }

    @Test
    void recordHintsWinAndOutletZoneIsApplied() throws Exception {
        DocumentHints hints = new DocumentHints("A title", "https://www.koreaherald.com/view.php?ud=1", "2023-02-03T10:00",
                "Jane Doe", null, null, null);
        Article a = pipeline.process(RawDocument.ofText("x.jsonl:1", "SEOUL -- Something happened today in the capital, officials said.",
                Pipeline.RECORD_TYPE, null, hints));
        assertThat(a.headline()).isEqualTo("A title");
        assertThat(a.outlet()).isEqualTo("The Korea Herald");
        assertThat(a.published()).hasToString("2023-02-03T10:00+09:00");
        assertThat(a.dateline()).isEqualTo("SEOUL");
        assertThat(a.byline()).isEqualTo("Jane Doe");
    }

    @Test
    void unreadableHintDatesBecomeWarningsNotFailures() throws Exception {
        DocumentHints hints = new DocumentHints(null, null, "sometime in spring", null, null, null, null);
        Article a = pipeline.process(RawDocument.ofText("x.jsonl:1", "Something happened.", Pipeline.RECORD_TYPE, null, hints));
        assertThat(a.published()).isNull();
        assertThat(a.warnings()).singleElement().asString().contains("not understood");
    }

    @Test
    void badDocumentsFailWithAOneLineReason() {
        assertThatThrownBy(() -> pipeline.process(RawDocument.ofBytes("e.txt", new byte[0], "text/plain", null)))
                .isInstanceOf(DocumentException.class).hasMessage("empty file");
        assertThatThrownBy(() -> pipeline.process(RawDocument.ofBytes("w.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8), "text/plain", null)))
                .isInstanceOf(DocumentException.class).hasMessageContaining("empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertThatThrownBy(() -> pipeline.process(RawDocument.ofBytes("p.txt", png, "text/plain", null)))
                .isInstanceOf(DocumentException.class).hasMessage("not text: PNG image");
        assertThatThrownBy(() -> pipeline.process(RawDocument.ofBytes("m.txt", "Home\nNews\nLogin".getBytes(StandardCharsets.UTF_8), "text/plain", null)))
                .isInstanceOf(DocumentException.class).hasMessage("no article text found");
    }
}
