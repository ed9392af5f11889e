package io.pressroom.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a byline line ("By Byun Duk-kun", "By Jane Doe and John Roe, Staff Reporters"). */
public final class Bylines {
    private static final String NAME_WORD = "[\\p{Lu}][\\p{L}'\u2019.-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|van|von|de|da|del|der|bin|al|la|le))*";
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Reported by|Reporter\\s*:?)\\s+(?<names>" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)"
                    + "(?:\\s*[,|/-]\\s*(?<role>[\\p{L} ]{2,40}))?\\s*(?:\\S+@\\S+)?\\s*$");

    private static final Pattern ROLE = Pattern.compile(
            "\\b(reporter|correspondent|writer|staff|editor|columnist|contributor|bureau|chief|news|desk)s?\\b",
            Pattern.CASE_INSENSITIVE);

    private Bylines() { }

    /** The author name(s) of a byline line, or null when the line is not a byline. */
    public static String parse(String line, int words) {
        if (words > 12) return null;
        Matcher m = BYLINE.matcher(line.strip());
        if (!m.matches()) return null;
        StringBuilder names = new StringBuilder();
        for (String part : m.group("names").split("\\s*,\\s*")) {
            if (ROLE.matcher(part).find()) continue;
            if (names.length() > 0) names.append(", ");
            names.append(part.strip());
        }
        return names.length() == 0 ? null : names.toString();
    }

    /** The people in a byline value: "Jane Doe and John Roe, Staff" → [Jane Doe, John Roe]. */
    public static java.util.List<String> names(String byline) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : byline.split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
            String p = part.strip();
            if (p.isEmpty() || ROLE.matcher(p).find() || out.contains(p)) continue;
            out.add(p);
        }
        return out;
    }
}
