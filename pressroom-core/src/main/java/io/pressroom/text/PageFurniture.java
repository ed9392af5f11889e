package io.pressroom.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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
     * The phrases, split into their alternatives and grouped so that few are tried at each place of a line:
     * those anchored at the start of the line, tried there only; the others by their first character, each
     * group tried only where its character stands; and any whose first character cannot be told, sought
     * anywhere. (One alternation of all the phrases had the regex engine try every one of them at every
     * character: a large share of the extractor's time after the parse, in profiles.) The lines are matched in lower case.
     */
    private static final Pattern ANCHORED;
    private static final Map<Character, Pattern> BY_FIRST_CHARACTER;
    private static final Pattern ANYWHERE;

    static {
        List<String> anchored = new ArrayList<>();
        Map<Character, List<String>> byFirst = new HashMap<>();
        List<String> anywhere = new ArrayList<>();
        for (String line : Resources.lines(PageFurniture.class, "page-furniture.txt")) {
            for (String phrase : alternatives(line)) {
                if (phrase.startsWith("^")) {
                    anchored.add("(?:" + phrase + ")");
                    continue;
                }
                Character first = firstCharacter(phrase);
                if (first == null) anywhere.add("(?:" + phrase + ")");
                else byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add("(?:" + phrase + ")");
            }
        }
        ANCHORED = union(anchored);
        Map<Character, Pattern> compiled = new HashMap<>();
        byFirst.forEach((c, phrases) -> compiled.put(c, union(phrases)));
        BY_FIRST_CHARACTER = Map.copyOf(compiled);
        ANYWHERE = anywhere.isEmpty() ? null : union(anywhere);
    }

    private static final String LEADING_MARKS = " \t\n\u000B\f\r•·▪▫►▶◆◇■□●○※*>-–—|";
    private static final String TRAILING_MARKS = " \t\n\u000B\f\r•·▪►▶|:>»›";

    private PageFurniture() { }

    public static boolean isFurniture(String line, int words) {
        if (words > MAX_WORDS) return false;
        int from = 0;
        int to = line.length();
        while (from < to && LEADING_MARKS.indexOf(line.charAt(from)) >= 0) from++;
        while (to > from && TRAILING_MARKS.indexOf(line.charAt(to - 1)) >= 0) to--;
        if (from == to) return true;
        String core = line.substring(from, to).toLowerCase(Locale.ROOT);
        if (ANCHORED.matcher(core).lookingAt()) return true;
        for (int i = 0; i < core.length(); i++) {
            Pattern p = BY_FIRST_CHARACTER.get(core.charAt(i));
            if (p == null) continue;
            // Transparent bounds: a \b at the start of a phrase sees the character before it.
            Matcher m = p.matcher(core).useTransparentBounds(true).region(i, core.length());
            if (m.lookingAt()) return true;
        }
        return ANYWHERE != null && ANYWHERE.matcher(core).find();
    }

    private static Pattern union(List<String> phrases) {
        return Pattern.compile(phrases.isEmpty() ? "(?!)" : String.join("|", phrases));
    }

    /**
     * The character every match of {@code phrase} starts with, when a plain character opens it (after a
     * {@code \b}) and no quantifier makes that character optional; otherwise null.
     */
    static Character firstCharacter(String phrase) {
        String p = phrase.startsWith("\\b") ? phrase.substring(2) : phrase;
        if (p.isEmpty() || "\\()[]{}.^$|?*+".indexOf(p.charAt(0)) >= 0 || Character.isSurrogate(p.charAt(0))) return null;
        if (p.length() > 1 && "?*{".indexOf(p.charAt(1)) >= 0) return null;
        return p.charAt(0);
    }

    /** The top-level alternatives of a regular expression: split at each '|' outside groups and classes. */
    static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }
}
