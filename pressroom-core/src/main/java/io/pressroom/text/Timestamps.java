package io.pressroom.text;

import io.pressroom.model.PartialDateTime;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication stamp that pages print near the headline ("All News 04:19 January 22, 2022",
 * "Published : 2022-01-22 04:19 KST", "Updated Jan. 22, 2022 4:19 p.m."). Only short lines that are
 * mostly a date count: a date inside a sentence is news, not a stamp.
 */
public final class Timestamps {

    /** A stamp found in a line: the time (zone only if the line gave one) and whether it is an update time. */
    public record Stamp(PartialDateTime time, boolean updated) { }

    public static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})\\s+" + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})\\b");
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?\\s?m\\.?)?(?:\\s*\\(?(KST|JST|UTC|GMT|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|HKT|SGT|Z|[+-]\\d{2}:?\\d{2})\\)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile("\\b(updated?|modified|edited|last updated)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile("\\b(published|posted|first published|created)\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("KST", "+09:00"), Map.entry("JST", "+09:00"), Map.entry("UTC", "Z"), Map.entry("GMT", "Z"),
            Map.entry("Z", "Z"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
            Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"),
            Map.entry("HKT", "+08:00"), Map.entry("SGT", "+08:00"));

    private Timestamps() { }

    /** Month number for a name or abbreviation ("Jan.", "September", "Sept"), or -1. */
    public static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        if (n.length() < 3) return -1;
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) return i + 1;
        }
        return -1;
    }

    /** Reads a stamp from a short line, or returns null when the line is not one. */
    public static Stamp stampLine(String line, int words) {
        if (words > 14 || line.length() > 120) return null;
        // A stamp line may hold a published and an updated time: take the first unless it is the update.
        Found date = firstDate(line, 0);
        if (date == null) return null;
        Matcher t = TIME.matcher(line);
        int[] hm = null;
        String zone = null;
        int timeStart = -1;
        int timeEnd = -1;
        // The time belongs to this date when it is next to it (before or after), not to a second date later.
        while (t.find()) {
            if (t.end() <= date.start - 25 || t.start() >= date.end + 25) continue;
            int h = Integer.parseInt(t.group(1));
            int m = Integer.parseInt(t.group(2));
            if (t.group(4) != null) {
                boolean pm = t.group(4).equalsIgnoreCase("p");
                if (h == 12) h = pm ? 12 : 0;
                else if (pm) h += 12;
            }
            if (h > 23 || m > 59) continue;
            hm = new int[] {h, m, t.group(3) == null ? -1 : Integer.parseInt(t.group(3))};
            zone = t.group(5);
            timeStart = t.start();
            timeEnd = t.end();
            break;
        }
        char[] rest = line.toCharArray();
        java.util.Arrays.fill(rest, date.start, date.end, ' ');
        if (timeStart >= 0) java.util.Arrays.fill(rest, timeStart, timeEnd, ' ');
        // The words around the date must be few: "All News", "Published :", "Updated".
        String leftover = new String(rest).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        int leftoverWords = leftover.isEmpty() ? 0 : leftover.split(" ").length;
        if (leftoverWords > 6) return null;
        try {
            PartialDateTime time;
            if (hm == null) {
                time = PartialDateTime.ofDate(date.year, date.month, date.day);
            } else {
                ZoneOffset offset = zone == null ? null : zoneOffset(zone);
                time = new PartialDateTime(date.year, date.month, date.day, hm[0], hm[1],
                        hm[2] < 0 ? null : hm[2], offset);
            }
            String before = line.substring(0, date.start);
            boolean updated = UPDATED.matcher(before).find() && !PUBLISHED.matcher(before).find();
            return new Stamp(time, updated);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static ZoneOffset zoneOffset(String zone) {
        String z = ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (z == null) {
            z = zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
        }
        return ZoneOffset.of(z);
    }

    private record Found(int year, int month, int day, int start, int end) { }

    private static Found firstDate(String line, int from) {
        Found best = null;
        Matcher m = MONTH_DAY_YEAR.matcher(line);
        if (m.find(from)) best = new Found(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), m.start(), m.end());
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find(from) && (best == null || m.start() < best.start)) {
            best = new Found(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m.start(), m.end());
        }
        m = NUMERIC.matcher(line);
        if (m.find(from) && (best == null || m.start() < best.start)) {
            best = new Found(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.start(), m.end());
        }
        if (best == null || best.month < 1 || best.month > 12 || best.day < 1 || best.day > 31
                || best.year < 1800 || best.year > 2200) {
            return null;
        }
        return best;
    }
}
