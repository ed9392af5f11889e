package io.pressroom.html;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word list matched against class and id names ("article-body sidebar_left"), where a word counts only
 * when it starts the name or follows a '-', '_' or whitespace, and ends the name or is followed by one.
 * The pattern is tried at the few word starts of a name, not at every character (as a leading
 * {@code (?:^|[-_\s])} would make the regex engine do), and answers are remembered: a page repeats the
 * same few class names on hundreds of elements, and matching them showed as a large share of the extractor's
 * time in profiles.
 */
final class NameWords {
    /** Distinct names remembered before the memory starts again (names are short; this is a few MB at most). */
    private static final int MAX_REMEMBERED = 20_000;

    private final Pattern pattern;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    /** @param words a regular-expression alternation of words, matched without regard to case */
    NameWords(String words) {
        this.pattern = Pattern.compile("(?:" + words + ")(?:[-_\\s]|$)", Pattern.CASE_INSENSITIVE);
    }

    /** Whether one of the words occurs in {@code names} as a word of it. */
    boolean in(String names) {
        Boolean known = answers.get(names);
        if (known != null) return known;
        boolean found = search(names);
        if (answers.size() >= MAX_REMEMBERED) answers.clear();
        answers.put(names, found);
        return found;
    }

    private boolean search(String names) {
        Matcher m = pattern.matcher(names);
        int length = names.length();
        boolean inTaxonomy = false;
        for (int i = 0; i < length; i++) {
            if (i > 0 && !separator(names.charAt(i - 1))) continue;
            boolean nameStart = i == 0 || whitespace(names.charAt(i - 1));
            if (nameStart) inTaxonomy = taxonomy(names, i);
            else if (inTaxonomy) continue;
            m.region(i, length);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /**
     * WordPress names a post's categories and tags in its classes ("category-deductions-and-credits",
     * "tag-social-media"): the words after the prefix are the post's topics, not what the element is. The
     * name may still match as a whole ("tag-list").
     */
    private static boolean taxonomy(String names, int at) {
        return names.regionMatches(true, at, "category-", 0, 9) || names.regionMatches(true, at, "tag-", 0, 4);
    }

    /** The characters of {@code \s}: what separates one class name from the next. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The characters of {@code [-_\s]}. */
    private static boolean separator(char c) {
        return c == '-' || c == '_' || whitespace(c);
    }
}
