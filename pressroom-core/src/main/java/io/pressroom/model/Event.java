package io.pressroom.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the article says happened (or will happen) at a stated time: a sentence with a date
 * and the actors named in it. "North Korea conducted its sixth nuclear test in September 2017" →
 * 2017-09, [North Korea].
 *
 * @param sentence the sentence, a range of the body
 * @param time     the time expression dating it
 * @param value    its TimeML value: 2017-09-03, 2017-09 (month precision), 2017 (year precision)
 * @param actors   the people, organisations and places named in the sentence, by their resolved names
 */
public record Event(TextSpan sentence, TextSpan time, String value, List<String> actors) {
    public Event {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(value, "value");
        actors = List.copyOf(actors);
    }

    /** "day", "month" or "year": how precisely {@link #value} dates the event. */
    public String precision() {
        return value.length() >= 10 ? "day" : value.length() >= 7 ? "month" : "year";
    }
}
