package io.pressroom.html;

import java.util.Set;

/**
 * A last-resort language guess for pages that do not declare one: English when its function words
 * dominate, otherwise unknown (null). Pages nearly always declare their language; this only keeps
 * an undeclared English page from being reported as unknown.
 */
final class Languages {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for",
            "on", "with", "as", "was", "it", "by", "are", "be", "from", "at", "has", "have", "said", "this", "not");

    private Languages() { }

    static String guess(String text) {
        int words = 0;
        int hits = 0;
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (ENGLISH.contains(w)) hits++;
            if (words >= 400) break;
        }
        return words >= 30 && hits >= words * 0.2 ? "en" : null;
    }
}
