package io.pressroom.text;

/** Letter-case tests shared by the tagger and the entity stage. */
public final class Casing {
    private Casing() { }

    /** Whether the word has letters and none of them is lower-case ("NATO", "U.S.", "G7"). */
    public static boolean isAllUpper(String w) {
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }
}
