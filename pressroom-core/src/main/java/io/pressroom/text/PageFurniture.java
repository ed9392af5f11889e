package io.pressroom.text;

import java.util.regex.Pattern;

/**
 * Recognises short lines that are page furniture rather than journalism: navigation ("Back To Top"),
 * share and font-size widgets, promotion blocks ("Top 10 Stories"), feedback prompts. The phrases live
 * in {@code page-furniture.txt} so that they can grow without code changes.
 */
public final class PageFurniture {
    /** Longer lines are prose even if they mention "subscribe" or "cookies". */
    static final int MAX_WORDS = 8;

    /**
     * All phrases as one alternation over the lower-cased line: one regex pass per line instead of
     * one per phrase, and no case-insensitive matching (the phrases are lower-case).
     */
    private static final Pattern PATTERN = Pattern.compile(String.join("|",
            Resources.lines(PageFurniture.class, "page-furniture.txt").stream().map(p -> "(?:" + p + ")").toList()));

    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s•·▪▫►▶◆◇■□●○※*>\\-–—|]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s•·▪►▶|:>»›]+$");

    private PageFurniture() { }

    public static boolean isFurniture(String line, int words) {
        if (words > MAX_WORDS) return false;
        String core = TRAILING_MARKS.matcher(LEADING_MARKS.matcher(line).replaceFirst("")).replaceFirst("");
        if (core.isEmpty()) return true;
        return PATTERN.matcher(core.toLowerCase(java.util.Locale.ROOT)).find();
    }
}
