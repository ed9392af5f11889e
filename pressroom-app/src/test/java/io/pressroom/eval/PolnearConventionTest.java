package io.pressroom.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.DocumentHints;
import io.pressroom.model.RawDocument;
import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearConventionTest {

    private static Article process(String text) throws Exception {
        DocumentHints h = new DocumentHints("Convention", null, "2016-09-20", null, null, null, null);
        return Pipeline.standard().process(RawDocument.ofText("convention.jsonl:1", text, Pipeline.RECORD_TYPE, null, h));
    }

    private static List<String> contents(Article a) {
        Quote q = a.quotes().get(0);
        return PolnearConvention.contentSpans(a, List.of(q)).stream().map(s -> a.body().substring(s[0], s[1])).toList();
    }

    @Test
    void anAttributionInsideTheContentSplitsItWhereverTheSpeakerStands() throws Exception {
        // The speaker before the cue ...
        Article a = process("The economy, he said, would grow next year.");
        assertThat(contents(a)).containsExactly("The economy", "would grow next year");
        // ... and after it: "according to" names its source after the cue, and neither belongs to what was said.
        Article b = process("Over the long term, according to the budget office, the rise in deficits is mainly due to the aging of the population.");
        assertThat(contents(b)).containsExactly("Over the long term", "the rise in deficits is mainly due to the aging of the population");
    }

    @Test
    void withNoSpeakerTheCueAloneSplitsTheContent() throws Exception {
        Article a = process("Trump is expected to deliver a victory speech later tonight.");
        assertThat(contents(a)).containsExactly("Trump", "to deliver a victory speech later tonight");
    }

    @Test
    void aWholeContentTakesInItsMarksAndThat() throws Exception {
        Article a = process("Kirby said that the drills would go ahead.");
        assertThat(contents(a)).containsExactly("that the drills would go ahead");
    }
}
