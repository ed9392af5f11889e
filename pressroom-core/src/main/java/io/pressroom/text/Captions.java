package io.pressroom.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises photo captions that a flattened page left among the paragraphs. A caption is told by
 * its cues: strong ones that almost never occur in news prose ("in this image", "(PHOTO NOT FOR
 * SALE)", a credit such as "EPA-Yonhap" at the end), or two weaker ones together (", left,",
 * "is seen", the same line printed twice, a parenthesised credit at the end).
 *
 * <p>Every paragraph of every page passes through here, so each regular expression is guarded by a
 * cheap substring test and the end-anchored ones only look at the line's tail.
 */
final class Captions {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int TAIL = 80;

    /** Strong cues anywhere in the line; each contains one of {@link #PHOTO_WORDS}. */
    private static final Pattern STRONG_ANYWHERE = Pattern.compile(String.join("|",
            "\\b(captured|screen-?captured|file|handout|undated|archive)\\s+(image|photo|picture|footage|still)\\b",
            "\\b(image|photo|picture|screenshot|footage)\\s+captured\\b",
            "\\bin this (undated |file |handout |recent |supplied )?(photo|image|picture|screenshot|screen ?grab|video grab|photograph)\\b",
            "\\(\\s*photos? not for sale\\s*\\)",
            "^\\(?\\s*(photo|image|picture|caption)s?\\s*(=|:|courtesy|credit)",
            "\\b(photo|image|picture)s?\\s*(courtesy of|credit|by)\\b",
            "\\bpictured\\b",
            "\\bposes? for (a )?(photo|picture|photograph)"), F);
    private static final String[] PHOTO_WORDS = {"photo", "image", "picture", "footage", "screenshot", "grab", "caption"};

    /** Photo credits at the end: "EPA-Yonhap", "AFP/Getty Images", "(AP Photo/Jane Doe)", "Yonhap Photo". */
    private static final Pattern STRONG_TAIL = Pattern.compile(String.join("|",
            "\\b(EPA|AFP|AP|Reuters|Getty Images|Xinhua|Kyodo|Yonhap|Newsis|News1|Pool|Joint Press Corps|UPI|Bloomberg)"
                    + "\\s?[-/]\\s?(Yonhap|Getty Images|Reuters|Pool|AFP|EPA)\\)?\\.?\\s*$",
            "\\((AP|AFP|Reuters|EPA|Yonhap|Xinhua|Kyodo|Getty) ?Photos?\\b[^)]*\\)\\s*$",
            "\\b(Yonhap|Newsis|News1|AP|AFP|Reuters) Photo\\)?\\.?\\s*$"));

    private static final Pattern POSITION = Pattern.compile(
            ",\\s*((second|third|fourth) from )?(left|right|center|centre|front|top|bottom)\\s*[,)]", F);
    private static final Pattern PAREN_POSITION = Pattern.compile("\\(\\s*(L|R|C|left|right|center|centre)\\s*\\)");
    private static final Pattern SEEN = Pattern.compile("\\b(is|are) (seen|shown)\\b", F);
    private static final Pattern SHOWS = Pattern.compile("\\bshows?\\b", F);
    /** A parenthesised credit at the end: "(US Defense Department)"; not "(Seoul time)". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("\\(([A-Z][\\p{L}.&' -]{1,60})\\)\\s*$");
    private static final Pattern TIME_WORDS = Pattern.compile("\\b(time|local|KST|GMT|UTC|est|approx)\\b", F);

    private Captions() { }

    /**
     * @param duplicated the same line occurs more than once on the page
     * @param words      the number of words of the line
     */
    static boolean isCaption(String line, int words, boolean duplicated) {
        if (words < 4 || words > 90) return false;
        String lower = line.toLowerCase(Locale.ROOT);
        if (containsAny(lower, PHOTO_WORDS) && STRONG_ANYWHERE.matcher(line).find()) return true;
        String tail = line.length() > TAIL ? line.substring(line.length() - TAIL) : line;
        if (STRONG_TAIL.matcher(tail).find()) return true;

        int weak = duplicated ? 1 : 0;
        if (lower.indexOf(',') >= 0 && containsAny(lower, "left", "right", "center", "centre", "front", "top", "bottom")
                && POSITION.matcher(line).find()) {
            weak++;
        }
        if (line.indexOf('(') >= 0 && PAREN_POSITION.matcher(line).find()) weak++;
        if ((lower.contains(" seen") || lower.contains(" shown")) && SEEN.matcher(line).find()) weak++;
        if (lower.contains("show") && SHOWS.matcher(line).find()) weak++;
        if (tail.endsWith(")") || tail.endsWith(") ")) {
            var credit = TRAILING_CREDIT.matcher(tail);
            if (credit.find() && Agencies.canonical(credit.group(1)) == null && !TIME_WORDS.matcher(credit.group(1)).find()) {
                weak++;
            }
        }
        // Quotations are prose: a quoted paragraph printed twice is a pull quote, not a caption.
        boolean quoted = line.indexOf('"') >= 0 || line.indexOf('\u201C') >= 0;
        return weak >= 2 && !quoted;
    }

    private static boolean containsAny(String lower, String... needles) {
        for (String n : needles) {
            if (lower.contains(n)) return true;
        }
        return false;
    }
}
