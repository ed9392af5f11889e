package io.pressroom.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises photo captions that a flattened page left among the paragraphs. A caption is told by
 * its cues: strong ones that almost never occur in news prose ("in this image", "(PHOTO NOT FOR
 * SALE)", a credit such as "EPA-Yonhap" at the end), or two weaker ones together (", left,",
 * "is seen", the same line printed twice, a parenthesised credit at the end).
 */
final class Captions {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> STRONG = List.of(
            Pattern.compile("\\b(captured|screen-?captured|file|handout|undated|archive)\\s+(image|photo|picture|footage|still)\\b", F),
            Pattern.compile("\\b(image|photo|picture|screenshot|footage)\\s+captured\\b", F),
            Pattern.compile("\\bin this (undated |file |handout |recent |supplied )?(photo|image|picture|screenshot|screen ?grab|video grab|photograph)\\b", F),
            Pattern.compile("\\(\\s*photos? not for sale\\s*\\)", F),
            Pattern.compile("^\\(?\\s*(photo|image|picture|caption)s?\\s*(=|:|courtesy|credit)", F),
            Pattern.compile("\\b(photo|image|picture)s?\\s*(courtesy of|credit|by)\\b", F),
            Pattern.compile("\\bpictured\\b", F),
            Pattern.compile("\\bposes? for (a )?(photo|picture|photograph)", F),
            // Trailing photo credits: "EPA-Yonhap", "AFP/Getty Images", "AP Photo/Jane Doe", "Yonhap Photo".
            Pattern.compile("\\b(EPA|AFP|AP|Reuters|Getty Images|Xinhua|Kyodo|Yonhap|Newsis|News1|Pool|Joint Press Corps|UPI|Bloomberg)"
                    + "\\s?[-/]\\s?(Yonhap|Getty Images|Reuters|Pool|AFP|EPA)\\)?\\.?\\s*$"),
            Pattern.compile("\\((AP|AFP|Reuters|EPA|Yonhap|Xinhua|Kyodo|Getty) ?Photos?\\b[^)]*\\)\\s*$"),
            Pattern.compile("\\b(Yonhap|Newsis|News1|AP|AFP|Reuters) Photo\\)?\\.?\\s*$"));

    private static final List<Pattern> WEAK = List.of(
            Pattern.compile(",\\s*((second|third|fourth) from )?(left|right|center|centre|front|top|bottom)\\s*[,)]", F),
            Pattern.compile("\\(\\s*(L|R|C|left|right|center|centre)\\s*\\)"),
            Pattern.compile("\\b(is|are) (seen|shown)\\b", F),
            Pattern.compile("\\bshows?\\b", F));

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
        for (Pattern p : STRONG) {
            if (p.matcher(line).find()) return true;
        }
        int weak = duplicated ? 1 : 0;
        for (Pattern p : WEAK) {
            if (p.matcher(line).find()) weak++;
        }
        var credit = TRAILING_CREDIT.matcher(line);
        if (credit.find() && Agencies.canonical(credit.group(1)) == null && !TIME_WORDS.matcher(credit.group(1)).find()) {
            weak++;
        }
        // Quotations are prose: a quoted paragraph printed twice is a pull quote, not a caption.
        boolean quoted = line.indexOf('"') >= 0 || line.indexOf('\u201C') >= 0;
        return weak >= 2 && !quoted;
    }
}
