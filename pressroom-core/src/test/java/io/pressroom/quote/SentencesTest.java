package io.pressroom.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> sentences(String body) {
        TextSpan all = new TextSpan(0, body.length());
        return Sentences.split(body, all, QuoteMarks.find(body, List.of(all))).stream()
                .map(s -> body.substring(s.start(), s.end()).strip()).toList();
    }

    @Test
    void aNoBreakOrZeroWidthSpaceSeparatesSentencesAsASpaceDoes() {
        // Text taken from HTML keeps &nbsp; as U+00A0, which Character.isWhitespace does not count as a space.
        assertThat(sentences("That is why she is frustrated.\u00A0\u201CWe need the money,\u201D said Joseph."))
                .containsExactly("That is why she is frustrated.", "\u201CWe need the money,\u201D said Joseph.");
        assertThat(sentences("They sing and dance.\u200BIn a neighborhood like this, that matters."))
                .containsExactly("They sing and dance.", "In a neighborhood like this, that matters.");
        String words = "frustrated.\u00A0We";
        assertThat(Tokens.of(words, 0, words.length()).stream().map(Tokens.Tok::text).toList())
                .containsExactly("frustrated", ".", "We");
    }
}
