package io.pressroom.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.DocumentHints;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that open a sentence are not speakers' names (found on blog and review pages of the WCXB set, whose
 * speaker facet listed "I’ve", "To", "By", "Research"): a contracted pronoun is the pronoun, an opener or a
 * common word written in lower case elsewhere resolves to no one, and real names still resolve.
 */
class SpeakerWordsTest {

    private static Article process(String title, String published, String text) throws Exception {
        DocumentHints h = new DocumentHints(title, null, published, null, null, null, null);
        return Pipeline.standard().process(RawDocument.ofText(title + ".jsonl:1", text, Pipeline.RECORD_TYPE, null, h));
    }

    private static Quote quoteWith(Article a, String words) {
        List<Quote> found = a.quotes().stream().filter(q -> a.text(q.content()).contains(words)).toList();
        assertThat(found).as("a quotation with \"%s\" in %s", words, a.quotes()).isNotEmpty();
        return found.get(0);
    }

    @Test
    void contractedPronounsOpenersAndCommonWordsAreNoOnesName() throws Exception {
        Article a = process("Notes from the expo", "2023-08-01", """
                I’ve told you that the new sensors do not work in bright sunlight, and the makers agree.

                We'll say that the price is too high for most families this year.

                Research shows that sleep matters more than diet for most adults. The research was small.

                Maria Lopez, the company's chief executive, said the plant would open in May. Lopez added that \
                the company would hire 300 workers.""");
        Quote told = quoteWith(a, "the new sensors");
        assertThat(a.text(told.speakerMention())).isEqualTo("I");
        assertThat(told.speaker()).isNull();
        Quote say = quoteWith(a, "the price is too high");
        assertThat(a.text(say.speakerMention())).isEqualTo("We");
        assertThat(say.speaker()).isNull();
        Quote research = quoteWith(a, "sleep matters");
        assertThat(a.text(research.speakerMention())).isEqualTo("Research");
        assertThat(research.speaker()).isNull();
        assertThat(quoteWith(a, "would hire 300").speaker()).isEqualTo("Maria Lopez");
        assertThat(a.quotes()).extracting(Quote::speaker).doesNotContain("I’ve", "We'll", "Research");
    }

    @Test
    void aFrequentlyAskedQuestionsHeadingIsNoQuotation() throws Exception {
        assertThat(process("Notes", "2023-08-01", "Frequently Asked Questions (FAQs) about our catering service and menus.").quotes())
                .isEmpty();
    }

    @Test
    void lowerCaseElsewhereMeansAWholeWord() {
        assertThat(SpeakerResolver.writtenInLowerCase("The research was small.", "Research")).isTrue();
        assertThat(SpeakerResolver.writtenInLowerCase("Researchers were few.", "Research")).isFalse();
        assertThat(SpeakerResolver.writtenInLowerCase("the ai model", "AI")).isFalse();
        assertThat(SpeakerResolver.writtenInLowerCase("a rice field", "Price")).isFalse();
    }
}
