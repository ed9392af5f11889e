package io.pressroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Pages invented for these tests (not the samples), so the rules are checked for generality. */
class TextCleanerTest {

    private static final String PAGE = String.join("\n",
            "Skip to main content",
            "Home",
            "World",
            "",
            "Trade talks resume after two-year pause, ministers say",
            "",
            "Published : March 3, 2023 - 09:15",
            "By Jane Doe and John Roe, Staff Reporters",
            "Share on Facebook",
            "",
            "GENEVA (Reuters) -- Trade ministers from twelve countries resumed talks on Friday after a two-year pause, officials said.",
            "",
            "The meeting was called to settle disputes over farm subsidies that have blocked an agreement since 2021.",
            "Advertisement",
            "Delegates said the first day went better than expected, with no walkouts.",
            "",
            "Ministers pose for a group photo in Geneva on Friday. AFP-Yonhap",
            "",
            "Talks continue on Saturday.",
            "",
            "Related stories",
            "Most Read",
            "Copyright 2023 Example News. All rights reserved.");

    @Test
    void findsBodyAndMetadataOnAnInventedPage() {
        TextCleaner.Result r = TextCleaner.clean(PAGE, TextCleaner.Mode.FULL);
        assertThat(r.headline()).isEqualTo("Trade talks resume after two-year pause, ministers say");
        assertThat(r.byline()).isEqualTo("Jane Doe and John Roe");
        assertThat(r.stamp().time()).hasToString("2023-03-03T09:15");
        assertThat(r.dateline().place()).isEqualTo("GENEVA");
        assertThat(r.agency()).isEqualTo("Reuters");
        assertThat(r.body()).startsWith("GENEVA (Reuters) -- Trade ministers").endsWith("Talks continue on Saturday.");
        assertThat(r.body()).doesNotContain("Advertisement", "Related stories", "Copyright", "group photo");
        assertThat(r.captions()).containsExactly("Ministers pose for a group photo in Geneva on Friday. AFP-Yonhap");
        assertThat(r.boilerplate()).contains("Skip to main content", "Advertisement", "Most Read");
    }

    @Test
    void paragraphSpansPointAtTheirText() {
        TextCleaner.Result r = TextCleaner.clean(PAGE, TextCleaner.Mode.FULL);
        assertThat(r.paragraphs()).hasSize(4);
        TextSpan second = r.paragraphs().get(1);
        assertThat(second.of(r.body())).startsWith("The meeting was called");
        for (TextSpan p : r.paragraphs()) {
            assertThat(p.of(r.body())).doesNotStartWith(" ").doesNotContain("\n");
        }
    }

    @Test
    void hardWrappedNewswireIsUnwrappedIntoParagraphs() {
        String wire = String.join("\n",
                "Showers continued throughout the week in",
                "the cocoa zone, alleviating the drought since early",
                "January and improving prospects for the coming crop,",
                "although normal humidity levels have not been restored,",
                "the trade house said in its weekly review.",
                "    The dry period means the crop will be late this year.",
                "    Arrivals for the week ended February 22 were 155,221 bags",
                "of 60 kilos making a cumulative total for the season of 5.93",
                "mln against 5.81 at the same stage last year.",
                " Reuter");
        TextCleaner.Result r = TextCleaner.clean(wire, TextCleaner.Mode.LIGHT);
        assertThat(r.paragraphs()).hasSize(3);
        assertThat(r.body()).startsWith("Showers continued throughout the week in the cocoa zone,")
                .endsWith("at the same stage last year.");
        assertThat(r.agency()).isEqualTo("Reuters");
        assertThat(r.boilerplate()).containsExactly("Reuter");
    }

    @Test
    void aShortWrappedStoryWhoseFirstLineLostItsDatelineIsUnwrappedToo() {
        // Two short paragraphs: their last lines, the sign-off and the first line (its dateline taken off) are
        // short, so only the wrapped lines inside the paragraphs show the width.
        String wire = String.join("\n",
                "Harbour Stores Co Inc said",
                "sales for the five weeks ended April four were up 0.5 pct to",
                "184.7 mln dlrs from 183.7 mln dlrs a year earlier, with",
                "same-store sales off 1.7 pct.",
                "    Harbour said sales for the first nine weeks of its",
                "fiscal year were up 2.9 pct to 297.9 mln dlrs from 289.6 mln",
                "dlrs a year before, with same-store sales up 0.5 pct to 288.6",
                "mln dlrs from 287.3 mln dlrs.",
                " Reuter");
        TextCleaner.Result r = TextCleaner.clean(wire, TextCleaner.Mode.LIGHT);
        assertThat(r.paragraphs()).hasSize(2);
        assertThat(r.paragraphs().get(1).of(r.body())).startsWith("Harbour said sales for the first nine weeks of its fiscal year")
                .endsWith("from 287.3 mln dlrs.");
    }

    @Test
    void lightModeKeepsShortParagraphs() {
        String text = "Shares rose sharply on Monday after the results.\n\nNo comment.\n\nMarkets closed.";
        TextCleaner.Result r = TextCleaner.clean(text, TextCleaner.Mode.LIGHT);
        assertThat(r.paragraphs()).hasSize(3);
    }

    @Test
    void aPageWithNoProseHasNoBody() {
        String menu = "Home\nNews\nSports\nWeather\nContact us\nSubscribe";
        assertThat(TextCleaner.clean(menu, TextCleaner.Mode.FULL).hasBody()).isFalse();
    }

    @Test
    void strayLinesInAnotherScriptAreDropped() {
        String page = "Officials met in Seoul on Monday to discuss the new trade agreement between the two countries.\n"
                + "They agreed to meet again next month in Washington to finalise the remaining details.\n"
                + "광고문의";
        TextCleaner.Result r = TextCleaner.clean(page, TextCleaner.Mode.FULL);
        assertThat(r.body()).doesNotContain("광고");
        assertThat(r.boilerplate()).contains("광고문의");
    }

    @Test
    void unbalancedLinesAndEmptyInputDoNotBreakIt() {
        assertThat(TextCleaner.clean("", TextCleaner.Mode.FULL).hasBody()).isFalse();
        assertThat(TextCleaner.clean("\n\n \n", TextCleaner.Mode.LIGHT).hasBody()).isFalse();
        String weird = "\"An unclosed quotation runs on and on through this long sentence, the minister said.\n"
                + "\u201CAnother opens here and never closes, as the spokesman put it on Friday.\n" + "x".repeat(5000);
        assertThat(TextCleaner.clean(weird, TextCleaner.Mode.FULL).hasBody()).isTrue();
    }
}
