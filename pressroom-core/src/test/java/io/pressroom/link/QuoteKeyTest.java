package io.pressroom.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteKeyTest {
    private static final String FULL = "We remain committed to dialogue without preconditions, and we will keep the door open";

    @Test
    void relationsBetweenReports() {
        QuoteKey full = QuoteKey.of(FULL);
        assertThat(QuoteKey.of(FULL).compareTo(full)).isEqualTo("same");
        assertThat(QuoteKey.of("we remain committed to dialogue without pre-conditions and we will keep the door open.").compareTo(full))
                .isEqualTo("punctuation");
        assertThat(QuoteKey.of("We remain committed to dialogue ... we will keep the door open").compareTo(full)).isEqualTo("trimmed");
        assertThat(QuoteKey.of("committed to dialogue without preconditions").compareTo(full)).isEqualTo("fragment");
        assertThat(full.compareTo(QuoteKey.of("committed to dialogue without preconditions"))).isEqualTo("longer");
        assertThat(QuoteKey.of("We remain fully committed to talks without preconditions, and we will keep the door open").compareTo(full))
                .isEqualTo("variant");
        assertThat(QuoteKey.of("We remain committed to sanctions until the North gives up its weapons").compareTo(full)).isNull();
        // Too short to stand for a statement.
        assertThat(QuoteKey.of("the door").compareTo(full)).isNull();
        // Pieces must come in order.
        assertThat(QuoteKey.of("we will keep the door open ... We remain committed to dialogue").compareTo(full)).isNull();
    }

    @Test
    void gramsStayInsidePiecesAndAShortQuoteHasOne() {
        assertThat(QuoteKey.of(FULL).grams()).hasSize(QuoteKey.of(FULL).length() - QuoteKey.GRAM + 1);
        assertThat(QuoteKey.of("one two three four five ... six seven eight nine ten").grams()).hasSize(2);
        assertThat(QuoteKey.of("a new era").grams()).hasSize(1);
        assertThat(QuoteKey.of("yes").grams()).isEmpty();
    }

    @Test
    void spelledFiguresCountAsFigures() {
        QuoteKey three = QuoteKey.of("its naphtha posting is up three cts a gallon to 43 cts");
        assertThat(three.figuresDiffer(QuoteKey.of("its naphtha posting is up four cts a gallon to 43 cts"))).isTrue();
        assertThat(QuoteKey.of("an annual ten pct trade surplus cut by those countries")
                .figuresDiffer(QuoteKey.of("an annual 10 pct trade surplus cut by those countries"))).isFalse();
    }
}
