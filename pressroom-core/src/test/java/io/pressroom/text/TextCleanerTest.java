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
    void readersCommentsAfterTheArticleAreNotBody() {
        String article = String.join("\n",
                "Comments (3)",     // a link in the page header, before any prose: not where comments begin
                "City council approves new budget after long debate",
                "",
                "The city council approved a budget of 2.1 billion dollars on Tuesday after a debate that lasted more than nine hours and ended shortly before midnight.",
                "",
                "The plan raises spending on schools and public transport while freezing most other departments at last year's level, the council's finance chair said.",
                "",
                "Opponents argued that the budget relies on optimistic forecasts for property tax revenue, which fell sharply during the last two years of the downturn.",
                "",
                "The mayor is expected to sign the budget into law before the end of the week, according to a statement released by her office on Wednesday morning.",
                "",
                "12 Comments",
                "",
                "by citizen42 writes:",
                "I have lived in this city for thirty years and I have never seen a council so careless with the money that residents pay in taxes every single year.",
                "Reply",
                "by jdoe writes:",
                "Schools needed this money for a long time and I am glad the council finally listened to the parents who kept coming to every single meeting about it.",
                "Reply",
                "by anon writes:",
                "Public transport in this city is a disgrace and more money will not fix a system that has been badly managed for decades by the same people in charge.");
        TextCleaner.Result r = TextCleaner.clean(article, TextCleaner.Mode.FULL);
        assertThat(r.body()).startsWith("The city council approved").endsWith("on Wednesday morning.");
        assertThat(r.body()).doesNotContain("thirty years", "glad the council", "disgrace");
        assertThat(r.boilerplate()).contains("12 Comments");
    }

    @Test
    void commentsHeadingsAreRecognisedInTheirUsualForms() {
        for (String heading : new String[] {"12 Comments", "Comments", "Leave a Reply", "Leave a comment:", "Post a comment",
                "Load All Comments", "Show comments (40)", "Join the conversation", "3 thoughts on “Budget day”",
                "Comments are closed.", "Reader comments", "5 Responses",
                "59 Comments on “The December Comfort Watches 2025, Day Eighteen: Starship Troopers”", "Leave a Reply Cancel reply"}) {
            assertThat(TextCleaner.COMMENTS_HEADING.matcher(heading.toLowerCase(java.util.Locale.ROOT)).matches()).as(heading).isTrue();
        }
        for (String line : new String[] {"Comment", "No comment from the ministry", "Commentary", "Replies to critics",
                "Add to cart", "Comments?", "Write a response to the minister's letter by Friday.", "Comments on the draft are due in May."}) {
            assertThat(TextCleaner.COMMENTS_HEADING.matcher(line.toLowerCase(java.util.Locale.ROOT)).matches()).as(line).isFalse();
        }
    }

    @Test
    void aFlattenedMenuIsNotProseButAHeadlineHeavyParagraphIs() {
        assertThat(TextCleaner.isWordList("Select Language English Afrikaans Albanian Amharic Arabic Armenian Azerbaijani Basque "
                + "Belarusian Bengali Bosnian Bulgarian Catalan Cebuano Chichewa Chinese (Simplified) Chinese (Traditional) Corsican")).isTrue();
        assertThat(TextCleaner.isWordList("Country * Country* Afghanistan Albania Algeria Andorra Angola Antigua and Barbuda "
                + "Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium")).isTrue();
        assertThat(TextCleaner.isWordList("North Korean leader Kim Jong Un met South Korean President Moon Jae-in at the "
                + "border village of Panmunjom on Friday, and the two leaders pledged to work toward the denuclearization of the peninsula")).isFalse();
        assertThat(TextCleaner.isWordList("Seoul Pyongyang Washington Tokyo Beijing Moscow. The Six Capitals Were Named In The "
                + "Report Released By The Ministry On Monday And Again On Tuesday After Review")).isFalse();
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
