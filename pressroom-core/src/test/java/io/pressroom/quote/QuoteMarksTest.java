package io.pressroom.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static List<String> quoted(String body) {
        List<TextSpan> paragraphs = new java.util.ArrayList<>();
        int start = 0;
        for (String p : body.split("\n\n", -1)) {
            paragraphs.add(new TextSpan(start, start + p.length()));
            start += p.length() + 2;
        }
        return QuoteMarks.find(body, paragraphs).stream().map(q -> body.substring(q.inner().start(), q.inner().end())).toList();
    }

    @Test
    void aCurlyQuotationClosedWithAStraightMarkIsStillOne() {
        assertThat(quoted("“Immunity deals should not be a requirement,\" Chaffetz said. Then he left."))
                .containsExactly("Immunity deals should not be a requirement,");
        // Straight marks in pairs inside a curly quotation are a quotation within it, not its end.
        assertThat(quoted("“He called it \"a scam\" and walked out,” she said."))
                .containsExactly("He called it \"a scam\" and walked out,");
        // An unclosed curly mark with no straight one is left alone (one stray mark cannot swallow the text).
        assertThat(quoted("“Immunity deals should not be a requirement, Chaffetz said.")).isEmpty();
    }

    @Test
    void aClosingMarkTypedToOpenAParagraphsQuotationOpensIt() {
        assertThat(quoted("\u201DMr. Trump embodies the lasting legacy of racism.\u201D \u2015 Sonya Herridge"))
                .containsExactly("Mr. Trump embodies the lasting legacy of racism.");
        assertThat(quoted("\u201D \u2026 he delivered a mix of orthodoxy and rejoinders,\u201D Barabak wrote."))
                .containsExactly(" \u2026 he delivered a mix of orthodoxy and rejoinders,");
        // Mid-paragraph, a closing mark with nothing open stays a stray mark.
        assertThat(quoted("He said \u201Dnothing\u201D at all.")).isEmpty();
    }

    @Test
    void aStraightMarkInsideAParagraphMayBeClosedWithACurlyOne() {
        assertThat(quoted("Doctors dished about him. \"Oz has a huge bully pulpit,\u201D said David Gorski."))
                .containsExactly("Oz has a huge bully pulpit,");
        assertThat(quoted("\"You have one who has been plotting,\u201D Reid said.")).containsExactly("You have one who has been plotting,");
        // Not when a straight mark still follows to close it, nor when a curly quotation opened inside it (an
        // excerpt's paragraph opens with a straight mark it never closes).
        assertThat(quoted("He said \"a \u201Dbig\u201D deal\" today.")).containsExactly("a \u201Dbig\u201D deal");
        assertThat(quoted("\"Trump walked onto the stage, chanting \u201CU-S-A! U-S-A!\u201D")).isEmpty();
    }

    @Test
    void aQuotationGoesOnIntoTheNextParagraphOnlyWhenItOpensWithTheSameStyleOfMark() {
        // A straight mark left open by an excerpt does not swallow the curly quotations after it.
        assertThat(quoted("\"Kevin was snoring.\n\n\u201CHere he is, babe,\u201D she said. \u201CDonald\u2019s here.\u201D"))
                .containsExactly("Here he is, babe,", "Donald\u2019s here.");
        // The convention itself: the same mark reopens the next paragraph of the same quotation.
        assertThat(quoted("\u201CWe will win.\n\n\u201CAnd we will win again,\u201D he said."))
                .containsExactly("We will win.\n\n\u201CAnd we will win again,");
        assertThat(quoted("\"We will win.\n\n\"And we will win again,\" he said."))
                .containsExactly("We will win.\n\n\"And we will win again,");
    }

    @Test
    void anOpeningMarkTypedToCloseAfterTheWordsClosesTheQuotation() {
        assertThat(quoted("\u201CWe are not going anywhere,\u201C said Jim Clyburn. \u201CWe will fight it.\u201D"))
                .containsExactly("We are not going anywhere,", "We will fight it.");
        assertThat(quoted("\u201CIf they are African-American, the rate is 51 percent.\u201C"))
                .containsExactly("If they are African-American, the rate is 51 percent.");
        // Before a word, the mark opens (the stray one is left alone), as before.
        assertThat(quoted("He wrote \u201Cnever\u201Cagain in the letter.")).isEmpty();
    }

    @Test
    void aStraightMarkOpeningANewSentenceInsideAnOpenQuotationStartsTheNextOne() {
        // Two paragraphs run into one: the first quotation never closed before the next sentence's mark.
        assertThat(quoted("He said: \"If you look at the by-elections, we can defeat the government. \"That's going to be the story, "
                + "I think, of this election.\""))
                .containsExactly("If you look at the by-elections, we can defeat the government. ", "That's going to be the story, "
                        + "I think, of this election.");
        // A mark after a sentence's end that closes the quotation (nothing left to close a new one) stays its close.
        assertThat(quoted("\"We are done here. \" he said.")).containsExactly("We are done here. ");
        // Short words before it: a pair, as before.
        assertThat(quoted("\"No. \"Yes\" came later.")).containsExactly("No. ");
    }

    @Test
    void aCurlyQuotationClosedWithAStraightMarkBeforeASecondPassageEndsThere() {
        assertThat(quoted("\u201CWe are going to win so much,\" Trump said. \"You are going to be so happy.\u201D"))
                .containsExactly("We are going to win so much,", "You are going to be so happy.");
        // A straight quotation opened inside the curly one is closed first; the curly one goes on.
        assertThat(quoted("\u201CHe said \"no,\" and then he left,\u201D she said."))
                .containsExactly("He said \"no,\" and then he left,");
    }

    @Test
    void anInnerQuotationTypedWithTheOuterMarksClosesFirst() {
        assertThat(quoted("She said, “I’d rather live in what he calls “hell” than in a world where he is president.”"))
                .containsExactly("I’d rather live in what he calls “hell” than in a world where he is president.");
        // With no closing mark left for the outer one, the first closing mark still closes it.
        assertThat(quoted("“We never said “no deal,” Trump said, and left."))
                .containsExactly("We never said “no deal,");
    }
}
