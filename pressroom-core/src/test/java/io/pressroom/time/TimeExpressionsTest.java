package io.pressroom.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.model.Article;
import io.pressroom.model.RawDocument;
import io.pressroom.model.Timex;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.testing.RepoFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TimeExpressionsTest {

    record Case(String file, JsonNode timex) {
        @Override
        public String toString() {
            return file.substring(0, 3) + " " + timex.get("text").asText();
        }
    }

    /** The hand-made gold time expressions of the samples that lie in the body and have a value. */
    static Stream<Case> gold() throws Exception {
        try (InputStream in = TimeExpressionsTest.class.getResourceAsStream("/gold/seeds.json")) {
            List<Case> out = new ArrayList<>();
            for (JsonNode a : new ObjectMapper().readTree(in)) {
                for (JsonNode t : a.get("timexes")) {
                    if (!t.get("value").isNull()) out.add(new Case(a.get("file").asText(), t));
                }
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void sampleTimexHasItsGoldValue(Case c) throws Exception {
        Path file = RepoFiles.samples().resolve(c.file());
        Article a = Pipeline.standard().process(RawDocument.ofBytes(file.toString(), Files.readAllBytes(file), "text/plain", null));
        String text = c.timex().get("text").asText();
        int s = a.body().indexOf(text);
        if (s < 0) return; // in a caption or the time line, outside the body: nothing to find there
        List<String> values = a.timexes().stream()
                .filter(t -> t.span().start() < s + text.length() && s < t.span().end())
                .map(Timex::value).toList();
        assertThat(values).as(text).contains(c.timex().get("value").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He said on Tuesday that talks would resume.|Tuesday|2022-01-18",
            "He will travel to Seoul on Saturday.|Saturday|2022-01-22",
            "The deal was signed last month.|last month|2021-12",
            "Talks may resume next week.|next week|2022-W04",
            "It was extended by 10 years.|10 years|P10Y",
            "The vote took place yesterday.|yesterday|2022-01-20",
            "Tests began in March 2019 and ended on Jan. 3.|March 2019|2019-03",
            "Tests began in March 2019 and ended on Jan. 3.|Jan. 3|2022-01-03",
            "Members met on 5 December 2021.|5 December 2021|2021-12-05",
            "Arrivals since 1987 rose.|1987|1987",
            // Sentences written for these tests; the anchor is Friday 2022-01-21.
            "Sales fell last May.|last May|2021-05",
            "The plant reopened in June last year.|June last year|2021-06",
            "The blast came at 10 p.m. Wednesday.|10 p.m. Wednesday|2022-01-19T22:00",
            "The minister spoke this morning.|this morning|2022-01-21TMO",
            "Shots were heard last night.|last night|2022-01-20TNI",
            "Profit for the year ended June 30 rose.|the year|P1Y",
            "Third-quarter profit fell from $1.55 a share a year ago.|a year ago|2020-Q4",
            "Exports rose 5% from a year ago.|a year ago|2021",
            "Prices doubled in the 1980s.|the 1980s|198",
            "Talks lasted twenty four hours.|twenty four hours|PT24H",
            "The loan runs 2 1/2 years.|2 1/2 years|P2Y6M",
            "The council meets each Thursday.|each Thursday|XXXX-WXX-4",
            "Inflation was high in nineteen ninety-six.|nineteen ninety-six|1996",
            "Rates were cut in March.|March|2021-03",
            "Rates will be cut in March.|March|2022-03",
            // "Last Friday" said on a Friday is a week before, as TimeBank's annotators read it ("last Monday" in a
            // story of Monday 1989-10-30 is 1989-10-23).
            "The talks broke down last Friday.|last Friday|2022-01-14",
            "Rebels held the town for nearly two years.|nearly two years|P2Y",
            // The tense cue nearest the expression decides; forms found wrong in TimeBank and AQUAINT.
            "The carrier has been on patrol since March and was scheduled to return.|March|2021-03",
            "The bank must repay the loan by June.|June|2022-06",
            "Traders failed to sell on the first trading day for February transactions.|February|2022-02",
            "The offer had been scheduled to expire on Wednesday.|Wednesday|2022-01-19",
            "He meets the minister Saturday in Geneva.|Saturday|2022-01-22",
            "Officials met the minister Saturday in Geneva.|Saturday|2022-01-15",
            "The council said it would decide next Monday.|next Monday|2022-01-24",
            "Growth slowed in recent months.|recent months|PXM",
            // Extents as the corpora mark them: no "earlier" before a weekday, "the" with a duration, none before "current".
            "Officials met earlier Friday in Geneva.|Friday|2022-01-21",
            "Profit rose in the nine months ended Sept. 30.|the nine months|P9M",
            "He blamed the current slowdown on rates.|current|PRESENT_REF",
            "The company reported the third-quarter results.|third-quarter|2021-Q3",
            // A deadline ahead, and a clock time on a date; both found wrong in TimeBank and AQUAINT.
            "The relatives were given until 9 a.m. Tuesday to sign.|9 a.m. Tuesday|2022-01-25T09:00",
            "The relatives were given until Tuesday to sign.|Tuesday|2022-01-25",
            "Until Thursday, the police had not called him a suspect.|Thursday|2022-01-20",
            "The offer runs until 5 p.m. EST Feb. 9.|5 p.m. EST Feb. 9|2022-02-09T17:00",
            "The offer was extended until 5 p.m. EST, Feb. 6.|5 p.m. EST, Feb. 6|2022-02-06T17:00",
            "The offer had been scheduled to expire at noon Wednesday.|noon Wednesday|2022-01-19T12:00",
            // Seasons as phrases of time; a season as a modifier is not one (below).
            "Oil fell to $13 in the winter of 1994.|the winter of 1994|1994-WI",
            "The plant closed in early summer.|early summer|2021-SU",
            "The plant will reopen in the spring.|the spring|2022-SP",
            "Sales slumped this past fall.|this past fall|2021-FA",
            "The strike began last spring.|last spring|2021-SP",
            "Prices are reviewed each month.|each month|P1M",
            "Dividends are paid every quarter.|every quarter|P1Q",
            "The group began to fall apart in mid-1996.|mid-1996|1996",
            "Sales were slightly above fiscal 1989 sales of $155 million.|fiscal 1989|1989",
            "It earned $2 million in the third quarter of 1984.|the third quarter of 1984|1984-Q3",
            "Demand should pick up in the last half of 2022.|the last half of 2022|2022-H2",
            "Losses narrowed in the first two quarters of 2021.|the first two quarters of 2021|2021-H1",
            "Earnings fell for the past two quarters.|the past two quarters|P2Q",
            "Printing changed little until the 20th century.|the 20th century|19",
            "The firm expects to hire again in a couple of years.|a couple of years|P2Y",
            "Year-earlier results were restated.|Year-earlier|2021",
            "This quarter's loss includes a charge.|This quarter|2021-Q4",
            "Prices are updated hourly.|hourly|PT1H",
            "No change is expected in the near future.|the near future|FUTURE_REF",
            "Crime fell over the past decade.|the past decade|P10Y",
            "Wages stagnated during the last decade.|the last decade|201",
            "The style was popular in the nineties.|the nineties|199",
            "Rates were higher in the '80s.|the '80s|198",
            "Kirschner earned $376,000 in the 1988 quarter.|the 1988 quarter|1988-Q4",
            "The hearing lasted nearly an hour.|nearly an hour|PT1H",
            "The talks will take two more weeks.|two more weeks|P2W",
            "The index fell for eight trading days.|eight trading days|P8D",
            "The contract runs for an additional year.|an additional year|P1Y",
            "Nobody reads newspapers these days.|these days|PRESENT_REF",
            "Rates should stay low in the near term.|the near term|FUTURE_REF",
            "Earnings should improve in the coming quarters.|the coming quarters|FUTURE_REF",
            "The meeting was postponed to a later date.|a later date|FUTURE_REF"})
    void resolvedAgainstTheArticleDate(String sentence, String text, String value) {
        List<Timex> found = TimeExpressions.find(sentence, LocalDate.of(2022, 1, 21));
        assertThat(found).anySatisfy(t -> {
            assertThat(sentence.substring(t.span().start(), t.span().end())).isEqualTo(text);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    @Test
    void withoutADateNothingIsInvented() {
        List<Timex> found = TimeExpressions.find("He said on Friday that it happened last week, on Feb. 3.", null);
        assertThat(found).extracting(Timex::value).containsExactly("XXXX-WXX-5", null, "XXXX-02-03");
    }

    @Test
    void aSeasonAsAModifierOrAVerbIsNotATime() {
        assertThat(TimeExpressions.find("Prices may fall as the winter storm hits during spring training.", LocalDate.of(2022, 1, 21)))
                .isEmpty();
        assertThat(TimeExpressions.find("He wrote about the fall of the Berlin Wall.", LocalDate.of(2022, 1, 21))).isEmpty();
    }

    @Test
    void numbersAreNotYears() {
        assertThat(TimeExpressions.find("The index rose 2,470 points to 2050.5 with 1999 delegates.", null)).isEmpty();
    }

    @Test
    void holidaysAreDatesOfTheYearTheSentenceMeans() {
        assertValue("Elian was found Thanksgiving Day clinging to an inner tube.", LocalDate.of(2000, 1, 7), "Thanksgiving Day", "1999-11-25");
        assertValue("It will be a theme of our campaign from now to Election Day.", LocalDate.of(1998, 10, 26), "Election Day", "1998-11-03");
        assertValue("Worshippers prayed as Easter week began.", LocalDate.of(2000, 4, 17), "Easter week", "2000-W16");
        assertValue("He arrived in the Atlantic last Thanksgiving.", LocalDate.of(2000, 2, 10), "last Thanksgiving", "1999-11-25");
        assertValue("Shops will open on Christmas Eve.", LocalDate.of(2021, 12, 1), "Christmas Eve", "2021-12-24");
        assertValue("He appeared before the judge at midday.", LocalDate.of(1999, 10, 8), "midday", "1999-10-08T12:00");
        // Easter Sundays from published tables; US Thanksgiving and Election Day by their rules.
        assertThat(Holidays.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Holidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Holidays.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Holidays.of("thanksgiving", 2023)).isEqualTo(LocalDate.of(2023, 11, 23));
        assertThat(Holidays.of("election day", 2020)).isEqualTo(LocalDate.of(2020, 11, 3));
        assertThat(Holidays.of("memorial day", 2021)).isEqualTo(LocalDate.of(2021, 5, 31));
    }

    @Test
    void anEdWordAfterADeterminerIsAnAdjectiveNotThePastTense() {
        assertValue("The dividend would be paid on a still unspecified date in January to holders of record.",
                LocalDate.of(1989, 10, 26), "January", "1990-01");
        // A verb in the past still puts the month in the past.
        assertValue("The company paid the dividend in January.", LocalDate.of(1989, 10, 26), "January", "1989-01");
    }

    @Test
    void aPassiveInThePresentIsNoPastTense() {
        // The present passive nearest the month wins over a past further back.
        assertValue("Officials had not signed an agreement to hand the child over if the relatives lose when the case is heard in May.",
                LocalDate.of(2000, 3, 29), "May", "2000-05");
        assertValue("The case was heard in May.", LocalDate.of(2000, 3, 29), "May", "1999-05");
    }

    @Test
    void aMonthAfterThisYearIsThisYearsWhatEverThePreposition() {
        assertValue("There was little change in the fund's sales this year through August.", LocalDate.of(1989, 10, 27), "August", "1989-08");
    }

    private static void assertValue(String sentence, LocalDate anchor, String text, String value) {
        assertThat(TimeExpressions.find(sentence, anchor)).as(sentence).anySatisfy(t -> {
            assertThat(sentence.substring(t.span().start(), t.span().end())).isEqualTo(text);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    @Test
    void aSpelledThousandBeforeACountedNounIsNotTheYear2000() {
        assertThat(TimeExpressions.find("Some families have kept their secrets for more than two thousand years.",
                LocalDate.of(2022, 1, 21))).noneSatisfy(t -> assertThat(t.value()).isEqualTo("2000"));
    }

    @Test
    void aRateIsNotAStretchOfTime() {
        for (String s : List.of("Unisys said that should save $500 million a year in costs.", "It adds 700 seats a week on the route.",
                "Service rises to four flights a week.")) {
            assertThat(TimeExpressions.find(s, LocalDate.of(2022, 1, 21))).as(s).isEmpty();
        }
        assertThat(TimeExpressions.find("The plan takes a year to write.", LocalDate.of(2022, 1, 21)))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("P1Y"));
    }

    @Test
    void quartersAsFractionsAreNotTimes() {
        assertThat(TimeExpressions.find("It owns three-quarters of the shares and passed a four-quarter test; two quarters of the pie.",
                LocalDate.of(2022, 1, 21))).isEmpty();
    }
}
