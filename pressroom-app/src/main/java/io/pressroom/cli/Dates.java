package io.pressroom.cli;

import io.pressroom.model.PartialDateTime;
import java.time.LocalDate;

/** A partial date typed by a user ("2017", "2017-09") as the first or last day it covers. */
public final class Dates {
    private Dates() { }

    public static LocalDate first(PartialDateTime d) {
        if (d == null) return null;
        return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
    }

    public static LocalDate last(PartialDateTime d) {
        if (d == null) return null;
        if (d.month() == null) return LocalDate.of(d.year(), 12, 31);
        if (d.day() == null) return java.time.YearMonth.of(d.year(), d.month()).atEndOfMonth();
        return LocalDate.of(d.year(), d.month(), d.day());
    }
}
