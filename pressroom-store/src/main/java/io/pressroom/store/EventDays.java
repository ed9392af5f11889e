package io.pressroom.store;

import java.time.LocalDate;
import java.time.YearMonth;

/** An event's TimeML value as the first and last day it may denote, as yyyymmdd numbers ("2017-09" → 20170901, 20170930). */
final class EventDays {
    private EventDays() { }

    static int[] of(String value) {
        try {
            if (value.length() == 4) {
                int y = Integer.parseInt(value);
                return new int[] {y * 10000 + 101, y * 10000 + 1231};
            }
            if (value.length() == 7) {
                YearMonth m = YearMonth.parse(value);
                return new int[] {day(m.atDay(1)), day(m.atEndOfMonth())};
            }
            if (value.length() == 10) {
                int d = day(LocalDate.parse(value));
                return new int[] {d, d};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    static int day(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
