package io.pressroom.link;

import io.pressroom.text.Agencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells a template notice about someone else from a copy: two short texts that are the same words except
 * that one name stands where the other has another ("NOTE: Franklin Insured Tax-Free Income Fund" /
 * "Franklin Puerto Rico Tax-Free Income Fund"; "started trading the common stock of Lawrence Insurance
 * Group" / "... of Sherwood Group"). A copy adds or drops words around names (a dateline, a title, a cut
 * ending) or corrects a name's spelling, but does not swap one name for an unrelated one. Needs both texts,
 * so the linker applies it to the candidate it chose, whose text it reads anyway.
 */
final class TemplateNames {
    /** Longer texts are not compared word by word (templates are short; the diff is quadratic). */
    static final int MAX_WORDS = 400;

    private TemplateNames() { }

    /** Whether {@code b} is {@code a} with a name swapped for an unrelated one. */
    static boolean swapsAName(String a, String b) {
        return swappedName(a, b) != null;
    }

    /** The first name of {@code a} that {@code b} swaps for an unrelated one, as "old → new", or null. */
    static String swappedName(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty() || x.size() > MAX_WORDS || y.size() > MAX_WORDS) return null;
        // The words both texts open and end with belong to every longest common subsequence: only the middle
        // needs the (quadratic) table, and a copy's middle is short.
        int prefix = 0;
        while (prefix < x.size() && prefix < y.size() && x.get(prefix).equalsIgnoreCase(y.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < x.size() - prefix && suffix < y.size() - prefix
                && x.get(x.size() - 1 - suffix).equalsIgnoreCase(y.get(y.size() - 1 - suffix))) {
            suffix++;
        }
        x = x.subList(prefix, x.size() - suffix);
        y = y.subList(prefix, y.size() - suffix);
        int n = x.size(), m = y.size();
        // Longest common subsequence table, then walk the differing runs ("hunks") from the start.
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equalsIgnoreCase(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0, j = 0;
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && x.get(i).equalsIgnoreCase(y.get(j))) {
                if (isSwap(removed, added)) return String.join(" ", removed) + " → " + String.join(" ", added);
                removed.clear();
                added.clear();
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(y.get(j++));
            } else {
                removed.add(x.get(i++));
            }
        }
        return isSwap(removed, added) ? String.join(" ", removed) + " → " + String.join(" ", added) : null;
    }

    /** A run of capitalised words replaced by another that is neither a respelling nor an abbreviation of it. */
    private static boolean isSwap(List<String> removed, List<String> added) {
        if (removed.isEmpty() || added.isEmpty()) return false;
        if (!allNames(removed) || !allNames(added)) return false;
        // An agency's credit changes with the outlet that runs the copy ("Reuters" / "Yonhap").
        if (Agencies.canonical(String.join(" ", removed)) != null || Agencies.canonical(String.join(" ", added)) != null) return false;
        String r = String.join(" ", removed).toLowerCase(Locale.ROOT);
        String s = String.join(" ", added).toLowerCase(Locale.ROOT);
        if (r.startsWith(s) || s.startsWith(r)) return false; // "N" / "North", "Corp" / "Corporation"
        if (initials(removed).equals(s.replace(".", "")) || initials(added).equals(r.replace(".", ""))) return false; // "United States" / "U.S"
        int prefix = 0;
        while (prefix < Math.min(r.length(), s.length()) && r.charAt(prefix) == s.charAt(prefix)) prefix++;
        if (prefix >= 5) return false; // "Finance" / "Financial"
        return distance(r, s) > Math.max(2, Math.min(r.length(), s.length()) / 4);
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(Character.toLowerCase(w.charAt(0)));
        return sb.toString();
    }

    private static boolean allNames(List<String> words) {
        for (String w : words) if (!Character.isUpperCase(w.charAt(0))) return false;
        return true;
    }

    /**
     * The words of a text; a word that opens a sentence (or a quotation, or follows a colon or a line break)
     * is lower-cased, so that only capitals inside sentences read as names.
     */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0, len = text.length();
        boolean sentenceStart = true;
        while (i < len) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (".!?:\n\"“(<-—".indexOf(c) >= 0) sentenceStart = true;
                i++;
                continue;
            }
            int start = i;
            while (i < len && (Character.isLetterOrDigit(text.charAt(i))
                    || "-'’.".indexOf(text.charAt(i)) >= 0 && i + 1 < len && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                i++;
            }
            String w = text.substring(start, i);
            out.add(sentenceStart ? w.toLowerCase(Locale.ROOT) : w);
            sentenceStart = false;
        }
        return out;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
