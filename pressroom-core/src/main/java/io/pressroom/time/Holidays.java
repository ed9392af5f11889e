package io.pressroom.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The days of named holidays in a given year, for time expressions such as "Thanksgiving Day" or "last Christmas":
 * fixed dates, US holidays defined by a weekday of a month, and Easter by the Gregorian computus. Written by hand:
 * a few lines of calendar rules, no library needed.
 */
final class Holidays {
    private Holidays() { }

    /** The day of a holiday in a year (US holidays; Easter by the Gregorian computus). */
    static LocalDate of(String name, int year) {
        return switch (name) {
            case "thanksgiving", "thanksgiving day" -> nthWeekday(year, 11, DayOfWeek.THURSDAY, 4);
            case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year's day" -> LocalDate.of(year, 1, 1);
            case "new year's eve" -> LocalDate.of(year, 12, 31);
            case "independence day", "fourth of july" -> LocalDate.of(year, 7, 4);
            // The Tuesday after the first Monday in November.
            case "election day" -> nthWeekday(year, 11, DayOfWeek.MONDAY, 1).plusDays(1);
            case "labor day" -> nthWeekday(year, 9, DayOfWeek.MONDAY, 1);
            case "memorial day" -> nthWeekday(year, 6, DayOfWeek.MONDAY, 1).minusWeeks(1);
            case "veterans day" -> LocalDate.of(year, 11, 11);
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "valentine's day" -> LocalDate.of(year, 2, 14);
            default -> easter(year); // "easter", "easter sunday", "easter week"
        };
    }

    private static LocalDate nthWeekday(int year, int month, DayOfWeek dow, int n) {
        LocalDate first = LocalDate.of(year, month, 1);
        int shift = (dow.getValue() - first.getDayOfWeek().getValue() + 7) % 7;
        return first.plusDays(shift + 7L * (n - 1));
    }

    /** Easter Sunday (the anonymous Gregorian algorithm, as in Meeus). */
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
