package io.pressroom.model;

import java.util.Objects;

/**
 * A disagreement on a date or a number: within one article (a caption dated a year off its dateline)
 * or between two reports of the same thing (a copy that changed a figure).
 *
 * @param kind         "date" or "number"
 * @param span         where this article states its value (in {@code body}), or null when it is in a caption
 * @param value        this article's value as written
 * @param otherArticle the other report's article id, or null when the disagreement is within this article
 * @param otherValue   the value it disagrees with, as written
 * @param note         one line for people: where each value comes from
 */
public record Flag(String kind, TextSpan span, String value, String otherArticle, String otherValue, String note) {
    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(otherValue, "otherValue");
    }
}
