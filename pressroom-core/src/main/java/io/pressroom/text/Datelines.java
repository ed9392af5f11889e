package io.pressroom.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dateline that opens a wire story: "WASHINGTON -- ", "WASHINGTON, Jan. 21 (Yonhap) -- ",
 * "SEOUL, March 3 (Reuters) - ", "NEW YORK (AP) — ". The dateline stays in the body (it is part of
 * the story as printed); its parts become metadata.
 */
public final class Datelines {

    /** The parts of a dateline; {@code length} is how many characters of the paragraph it spans. */
    public record Dateline(String place, String date, String agency, int length) {
        /** "WASHINGTON, Jan. 21": the place, and the date when one is given. */
        public String text() {
            return date == null ? place : place + ", " + date;
        }
    }

    private static final String MONTH_DAY = Timestamps.MONTH + "\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?";
    private static final String DASH = "\\s*(?:--|\u2014|\u2013|-|:)\\s+";
    private static final String CAPS_PLACE = "[A-Z][A-Z.'\u2019&]+(?:[ -][A-Z][A-Z.'\u2019&]*){0,3}"
            + "(?:,\\s+(?!" + Timestamps.MONTH + "\\b)[A-Z][A-Za-z.]+(?:\\s[A-Z][A-Za-z.]+)?)?";
    private static final String MIXED_PLACE = "[A-Z][\\p{L}.'\u2019&]+(?:[ -][A-Z][\\p{L}.'\u2019&]*){0,3}";

    /** All-caps place: the dash alone is enough. */
    private static final Pattern CAPS = Pattern.compile(
            "^(?<place>" + CAPS_PLACE + ")(?:,\\s*(?<date>" + MONTH_DAY + "))?(?:\\s*\\((?<agency>[^()]{2,40})\\))?" + DASH);
    /** Mixed-case place ("Seoul, Jan. 21 (Yonhap) --"): only with a date or an agency to vouch for it. */
    private static final Pattern MIXED = Pattern.compile(
            "^(?<place>" + MIXED_PLACE + ")(?:(?:,\\s*(?<date>" + MONTH_DAY + "))(?:\\s*\\((?<agency>[^()]{2,40})\\))?"
                    + "|\\s*\\((?<agency2>[^()]{2,40})\\))" + DASH);

    private Datelines() { }

    public static Dateline parse(String paragraph) {
        Matcher m = CAPS.matcher(paragraph);
        if (m.find() && m.group("place").replaceAll("[^A-Z]", "").length() >= 2) {
            return new Dateline(m.group("place").strip(), trim(m.group("date")), agency(m.group("agency")), m.end());
        }
        m = MIXED.matcher(paragraph);
        if (m.find()) {
            String agency = m.group("agency") != null ? m.group("agency") : m.group("agency2");
            String date = trim(m.group("date"));
            if (date == null && Agencies.canonical(agency) == null) return null;
            return new Dateline(m.group("place").strip(), date, agency(agency), m.end());
        }
        return null;
    }

    /** Only known agencies count: "(YEN PER KILO)" after a place is not a byline of an agency. */
    private static String agency(String raw) {
        return raw == null ? null : Agencies.canonical(raw.strip());
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
