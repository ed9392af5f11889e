package io.pressroom.text;

import java.lang.Character.UnicodeScript;

/** Writing-system statistics, to spot stray lines in another script ("피터빈트" under an English story). */
public final class Scripts {
    private Scripts() { }

    /** The script of most letters in the text, or null when it has no letters. */
    public static UnicodeScript dominant(CharSequence text) {
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII letters are Latin; no table lookup needed for the common case.
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') counts[UnicodeScript.LATIN.ordinal()]++;
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            UnicodeScript s = UnicodeScript.of(cp);
            if (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) continue;
            counts[s.ordinal()]++;
        }
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) best = i;
        }
        return best < 0 ? null : SCRIPTS[best];
    }

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    /** True when most of the line's letters are written in a script other than {@code main}. */
    public static boolean isForeign(CharSequence line, UnicodeScript main) {
        if (main == null) return false;
        int letters = 0;
        int other = 0;
        for (int i = 0; i < line.length(); ) {
            char c = line.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                    if (main != UnicodeScript.LATIN) other++;
                }
                i++;
                continue;
            }
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
