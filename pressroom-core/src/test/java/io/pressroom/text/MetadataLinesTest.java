package io.pressroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WASHINGTON -- It is North Korea that threatens|WASHINGTON||",
            "WASHINGTON, Jan. 21 (Yonhap) -- The United States|WASHINGTON|Jan. 21|Yonhap",
            "NEW YORK (AP) — Stocks fell|NEW YORK||AP",
            "SEOUL, March 3 (Reuters) - Shares rose|SEOUL|March 3|Reuters",
            "Seoul, Jan. 21 (Yonhap) -- Officials said|Seoul|Jan. 21|Yonhap",
            "ST. LOUIS -- The city council voted|ST. LOUIS||"})
    void datelines(String paragraph, String place, String date, String agency) {
        Datelines.Dateline d = Datelines.parse(paragraph);
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.agency()).isEqualTo(agency);
    }

    @Test
    void ordinarySentencesAreNoDatelines() {
        assertThat(Datelines.parse("The United States continues to seek - as it said - peace.")).isNull();
        assertThat(Datelines.parse("Kirby said -- again -- that talks matter.")).isNull();
        assertThat(Datelines.parse("US -")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Byun Duk-kun|Byun Duk-kun",
            "By Jane Doe, Staff Reporter|Jane Doe",
            "BY JOHN SMITH|JOHN SMITH",
            "By Maria de la Cruz and Tom O'Neil|Maria de la Cruz and Tom O'Neil"})
    void bylines(String line, String names) {
        assertThat(Bylines.parse(line, line.split(" ").length)).isEqualTo(names);
    }

    @Test
    void sentencesStartingWithByAreNoBylines() {
        String s = "By the end of the year, the two sides hope to sign a deal.";
        assertThat(Bylines.parse(s, s.split(" ").length)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "All News 04:19 January 22, 2022|2022-01-22T04:19|false",
            "Published : 2023-03-03 09:15 KST|2023-03-03T09:15+09:00|false",
            "Updated Jan. 22, 2022 4:19 p.m.|2022-01-22T16:19|true",
            "22 January 2022|2022-01-22|false",
            "Posted 2021.11.05 12:00|2021-11-05T12:00|false"})
    void stampLines(String line, String iso, boolean updated) {
        Timestamps.Stamp s = Timestamps.stampLine(line, line.split(" ").length);
        assertThat(s).isNotNull();
        assertThat(s.time()).hasToString(iso);
        assertThat(s.updated()).isEqualTo(updated);
    }

    @Test
    void datesInsideSentencesAreNoStamps() {
        String s = "Pyongyang has maintained a self-imposed moratorium since November 1, 2017 on all tests of that kind.";
        assertThat(Timestamps.stampLine(s, s.split(" ").length)).isNull();
        assertThat(Timestamps.stampLine("February 30, 2022", 3)).isNull();
    }

    @Test
    void captionsNeedStrongOrSeveralCues() {
        assertThat(Captions.isCaption("President Yoon speaks at a news conference in Seoul on Monday. (Yonhap Photo)", 13, false)).isTrue();
        assertThat(Captions.isCaption("Two officials, left, and a guard, right, are seen at the border. (Unification Ministry)", 14, false)).isTrue();
        assertThat(Captions.isCaption("The report shows that exports fell for a third month in a row.", 13, false)).isFalse();
        assertThat(Captions.isCaption("The state media reported the launch on Tuesday (Seoul time).", 10, false)).isFalse();
        assertThat(Captions.isCaption("\"We are ready,\" he said, right after the meeting, as photos show.", 12, true)).isFalse();
    }

    @Test
    void pageFurniture() {
        assertThat(PageFurniture.isFurniture("• Facebook share button", 3)).isTrue();
        assertThat(PageFurniture.isFurniture("Back To Top", 3)).isTrue();
        assertThat(PageFurniture.isFurniture("Top 10 Stories", 3)).isTrue();
        assertThat(PageFurniture.isFurniture("Subscribe to our newsletter", 4)).isTrue();
        assertThat(PageFurniture.isFurniture("North Korea fires missile", 4)).isFalse();
        assertThat(PageFurniture.isFurniture("The company said it would not subscribe to the new rules announced by regulators last week.", 16)).isFalse();
    }
}
