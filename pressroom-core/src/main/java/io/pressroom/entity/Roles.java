package io.pressroom.entity;

import io.pressroom.text.RoleWords;
import java.util.Locale;
import java.util.Set;

/**
 * A person's title or role as the article gives it with the name: a run of title words and names
 * of organisations and places right before it ("Pentagon press secretary John Kirby", "South
 * Korean Foreign Minister Park Jin") or an apposition right after it ("Park Jin, South Korean
 * Foreign Minister,", "John Kirby, the Pentagon spokesman,"). Hand-written rules over the words of
 * {@code titles.txt}: no library finds appositive titles, and the patterns are few and regular.
 */
final class Roles {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_WORDS = 10;

    private Roles() { }

    /**
     * @param named which tokens of the sentence belong to an organisation, place or other non-person name
     * @return the role as written, or null
     */
    static String of(EntityTokens.Sentence s, int from, int to, String body, boolean[] named) {
        String before = before(s, from, body, named);
        return before != null ? before : after(s, to, body, named);
    }

    private static String before(EntityTokens.Sentence s, int from, String body, boolean[] named) {
        if (from == 0 || !RoleWords.HEADS.contains(lower(s, from - 1)) && !headOfCapitalised(s, from)) return null;
        int k = from - 1;
        // Before the name only "of" links title words ("Secretary of State Antony Blinken"): "talks with the U.S. on
        // President Yoon's visit" must not read as a title.
        while (k >= 0 && from - k <= MAX_WORDS && fits(s, k, named) && (!RoleWords.LINKS.contains(lower(s, k)) || lower(s, k).equals("of"))) k--;
        int start = k + 1;
        while (start < from && (RoleWords.LINKS.contains(lower(s, start)) || s.words()[start].equals("'s"))) start++;
        return start < from ? body.substring(s.starts()[start], s.ends()[from - 1]) : null;
    }

    private static String after(EntityTokens.Sentence s, int to, String body, boolean[] named) {
        int n = s.size();
        if (to + 1 >= n || !s.words()[to].equals(",")) return null;
        int k = to + 1;
        if (DETERMINERS.contains(lower(s, k))) k++;
        int start = k;
        boolean head = false;
        while (k < n && k - start < MAX_WORDS) {
            String w = s.words()[k];
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")") || w.equals("\"")) break;
            boolean theAfterLink = DETERMINERS.contains(lower(s, k)) && k > start && RoleWords.LINKS.contains(lower(s, k - 1));
            if (!fits(s, k, named) && !theAfterLink) return null;
            if (RoleWords.HEADS.contains(lower(s, k))) head = true;
            k++;
        }
        if (!head || k == start || k - start >= MAX_WORDS && k < n) return null;
        int end = k;
        while (end > start && (RoleWords.LINKS.contains(lower(s, end - 1)) || DETERMINERS.contains(lower(s, end - 1)))) end--;
        return end > start ? body.substring(s.starts()[start], s.ends()[end - 1]) : null;
    }

    /** "Secretary of State Antony Blinken", "Chief of Staff Ron Klain": a head, "of", then capitalised words up to the name. */
    private static boolean headOfCapitalised(EntityTokens.Sentence s, int from) {
        for (int k = from - 1; k > 0 && from - k <= 4; k--) {
            String w = s.words()[k];
            if (w.equals("of")) return RoleWords.HEADS.contains(lower(s, k - 1)) && k < from - 1;
            if (!Character.isUpperCase(w.charAt(0))) return false;
        }
        return false;
    }

    /** A word that can be part of a title: a title word, a link word, a possessive, or part of a name of an organisation or place. */
    private static boolean fits(EntityTokens.Sentence s, int k, boolean[] named) {
        String lw = lower(s, k);
        return named[k] || RoleWords.HEADS.contains(lw) || RoleWords.MODIFIERS.contains(lw) || RoleWords.LINKS.contains(lw)
                || s.words()[k].equals("'s");
    }

    private static String lower(EntityTokens.Sentence s, int k) {
        return s.words()[k].toLowerCase(Locale.ROOT);
    }
}
