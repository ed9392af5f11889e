package io.pressroom.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time known only as precisely as the page states it: a year, a month, a day, a minute
 * or a second, with a UTC offset only where one is known. News pages often give "January 22, 2022"
 * with no time, or a time with no zone; inventing the missing parts would put articles on the wrong
 * day, so they stay unknown ({@code null}).
 */
public record PartialDateTime(int year, Integer month, Integer day, Integer hour, Integer minute,
                              Integer second, ZoneOffset offset) {

    public enum Precision { YEAR, MONTH, DAY, MINUTE, SECOND }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    public PartialDateTime {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month == null && day != null || day == null && hour != null || hour == null && minute != null
                || minute == null && second != null) {
            throw new IllegalArgumentException("a finer field is set while a coarser one is unknown");
        }
        if (hour == null && offset != null) {
            throw new IllegalArgumentException("an offset needs a time of day");
        }
        // Validates the calendar fields (throws DateTimeException for Feb 30 and friends).
        if (day != null) LocalDate.of(year, month, day);
        else if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month " + month);
        if (hour != null && (hour > 23 || minute > 59 || (second != null && second > 59))) {
            throw new IllegalArgumentException("time out of range");
        }
    }

    public static PartialDateTime ofDate(int year, int month, int day) {
        return new PartialDateTime(year, month, day, null, null, null, null);
    }

    /** Parses an ISO-8601 prefix: "2022", "2022-01", "2022-01-22", "2022-01-22T04:19+09:00", "...Z". */
    public static PartialDateTime parseIso(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) throw new IllegalArgumentException("not an ISO-8601 date or time: " + text);
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer hour = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        Integer minute = m.group(5) == null ? null : Integer.valueOf(m.group(5));
        Integer second = m.group(6) == null ? null : Integer.valueOf(m.group(6));
        ZoneOffset offset = null;
        if (m.group(7) != null) {
            String z = m.group(7);
            if (!z.equals("Z") && z.length() == 5) z = z.substring(0, 3) + ":" + z.substring(3);
            offset = ZoneOffset.of(z);
        }
        return new PartialDateTime(year, month, day, hour, minute, second, offset);
    }

    public Precision precision() {
        if (second != null) return Precision.SECOND;
        if (minute != null) return Precision.MINUTE;
        if (day != null) return Precision.DAY;
        if (month != null) return Precision.MONTH;
        return Precision.YEAR;
    }

    public PartialDateTime withOffset(ZoneOffset newOffset) {
        if (hour == null) return this;
        return new PartialDateTime(year, month, day, hour, minute, second, newOffset);
    }

    /**
     * The same instant written at another offset ("2025-12-19T03:05Z" at -08:00 is "2025-12-18T19:05-08:00");
     * unchanged when this has no time of day or no offset.
     */
    public PartialDateTime atOffset(ZoneOffset other) {
        if (hour == null || offset == null) return this;
        java.time.OffsetDateTime t = java.time.OffsetDateTime.of(year, month, day, hour, minute,
                second == null ? 0 : second, 0, offset).withOffsetSameInstant(other);
        return new PartialDateTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                second == null ? null : t.getSecond(), other);
    }

    /** The calendar date, when the day is known. */
    public LocalDate date() {
        return day == null ? null : LocalDate.of(year, month, day);
    }

    /**
     * The first instant this value may denote, as epoch milliseconds. A value without an offset is
     * read as UTC: good enough for day-level filters, which is all a zone-less time supports.
     */
    public long earliestEpochMillis() {
        LocalDateTime t = LocalDateTime.of(year, month == null ? 1 : month, day == null ? 1 : day,
                hour == null ? 0 : hour, minute == null ? 0 : minute, second == null ? 0 : second);
        return t.toInstant(offset == null ? ZoneOffset.UTC : offset).toEpochMilli();
    }

    /** The last millisecond this value may denote (the end of its year, month, day or minute). */
    public long latestEpochMillis() {
        LocalDateTime start = LocalDateTime.of(year, month == null ? 1 : month, day == null ? 1 : day,
                hour == null ? 0 : hour, minute == null ? 0 : minute, second == null ? 0 : second);
        LocalDateTime next = switch (precision()) {
            case YEAR -> start.plusYears(1);
            case MONTH -> start.plusMonths(1);
            case DAY -> start.plusDays(1);
            case MINUTE -> start.plusMinutes(1);
            case SECOND -> start.plusSeconds(1);
        };
        return next.toInstant(offset == null ? ZoneOffset.UTC : offset).toEpochMilli() - 1;
    }

    /**
     * Bounds on the calendar as the page states it, ignoring the offset: "published on 2022-01-22"
     * means the date printed on the page (04:19 in Seoul), not the UTC date (the 21st). Returned as
     * epoch milliseconds of that wall-clock time read as if it were UTC; used for date filters.
     */
    public long localEarliestMillis() {
        return withoutOffset().earliestEpochMillis();
    }

    /** See {@link #localEarliestMillis()}. */
    public long localLatestMillis() {
        return withoutOffset().latestEpochMillis();
    }

    private PartialDateTime withoutOffset() {
        return offset == null ? this : new PartialDateTime(year, month, day, hour, minute, second, null);
    }

    /** ISO-8601 text of exactly the known parts, e.g. "2022-01-22T04:19+09:00" or "2022-01". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(25);
        sb.append(String.format("%04d", year));
        if (month != null) sb.append(String.format("-%02d", month));
        if (day != null) sb.append(String.format("-%02d", day));
        if (hour != null) sb.append(String.format("T%02d:%02d", hour, minute));
        if (second != null) sb.append(String.format(":%02d", second));
        if (offset != null) sb.append(offset.getId());
        return sb.toString();
    }
}
