package io.pressroom.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Writing-system statistics, to spot stray lines in another script ("피터빈트" under an English story). */
public final class Scripts {
    private Scripts() { }

    /** The script of most letters in the text, or null when it has no letters. */
    public static UnicodeScript dominant(CharSequence text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            UnicodeScript s = UnicodeScript.of(cp);
            if (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) continue;
            counts.merge(s, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** True when most of the line's letters are written in a script other than {@code main}. */
    public static boolean isForeign(CharSequence line, UnicodeScript main) {
        if (main == null) return false;
        int letters = 0;
        int other = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = Character.codePointAt(line, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            UnicodeScript s = UnicodeScript.of(cp);
            if (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) continue;
            letters++;
            if (s != main) other++;
        }
        return letters >= 2 && other * 10 >= letters * 6;
    }
}
