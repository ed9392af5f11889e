package io.pressroom.model;

import java.util.Objects;

/**
 * A time expression in the body with its TimeML value, resolved against the article's date:
 * "Friday" → 2022-01-21, "September 2017" → 2017-09, "10 years" → P10Y, and partial values such as
 * XXXX-WXX-5 when the article gives no date to resolve against. {@code value} is null when the
 * expression cannot be normalised at all ("last week" without a date).
 *
 * @param type DATE, TIME, DURATION or SET (TimeML types)
 */
public record Timex(TextSpan span, String type, String value) {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
