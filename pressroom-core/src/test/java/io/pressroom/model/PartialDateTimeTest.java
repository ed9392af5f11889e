package io.pressroom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PartialDateTimeTest {

    @Test
    void printsOnlyWhatIsKnown() {
        assertThat(PartialDateTime.parseIso("2022")).hasToString("2022");
        assertThat(PartialDateTime.parseIso("2022-01")).hasToString("2022-01");
        assertThat(PartialDateTime.parseIso("2022-01-22")).hasToString("2022-01-22");
        assertThat(PartialDateTime.parseIso("2022-01-22T04:19+09:00")).hasToString("2022-01-22T04:19+09:00");
        assertThat(PartialDateTime.parseIso("1987-02-26T15:01:01")).hasToString("1987-02-26T15:01:01");
        assertThat(PartialDateTime.parseIso("2022-01-22T04:19:05.123Z")).hasToString("2022-01-22T04:19:05Z");
        assertThat(PartialDateTime.parseIso("2022-01-22T04:19+0900").offset()).isEqualTo(ZoneOffset.ofHours(9));
    }

    @Test
    void boundsCoverThePrecision() {
        PartialDateTime jan = PartialDateTime.parseIso("2022-01");
        assertThat(Instant.ofEpochMilli(jan.earliestEpochMillis())).isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
        assertThat(Instant.ofEpochMilli(jan.latestEpochMillis())).isEqualTo(Instant.parse("2022-01-31T23:59:59.999Z"));
        PartialDateTime seoul = PartialDateTime.parseIso("2022-01-22T04:19+09:00");
        assertThat(Instant.ofEpochMilli(seoul.earliestEpochMillis())).isEqualTo(Instant.parse("2022-01-21T19:19:00Z"));
    }

    @Test
    void rejectsImpossibleValues() {
        assertThatThrownBy(() -> PartialDateTime.parseIso("2022-02-30")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> PartialDateTime.parseIso("2022-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDateTime.parseIso("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDateTime(2022, null, 3, null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
