package io.pressroom.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A word list matched against class and id names ("article-body sidebar_left"), where a word counts only
 * when it starts the name or follows a '-', '_' or whitespace, and ends the name or is followed by one, with
 * ASCII letters matched without regard to case — what {@code (?:^|[-_\s])(?:words)(?:[-_\s]|$)} finds.
 * A name is looked up part by part in a set instead: a page gives hundreds of elements unique ids, so
 * remembering answers per name did not help, and the pattern tried at each part showed as a large share of
 * the extractor's time in profiles.
 */
final class NameWords {
    private final Set<String> words = new HashSet<>();
    private final int longest;

    /**
     * @param alternation words separated by '|', each of letters, digits and hyphens, optionally ending in
     *                    {@code s?} for an optional plural ("comments?")
     */
    NameWords(String alternation) {
        int max = 0;
        for (String w : alternation.split("\\|")) {
            String word = w.toLowerCase(Locale.ROOT);
            if (word.endsWith("s?")) {
                word = word.substring(0, word.length() - 2);
                words.add(word + "s");
                max = Math.max(max, word.length() + 1);
            }
            if (!word.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) throw new IllegalArgumentException("not a plain word: " + w);
            words.add(word);
            max = Math.max(max, word.length());
        }
        this.longest = max;
    }

    /** Whether one of the words occurs in {@code names} as a word of it. */
    boolean in(String names) {
        int length = names.length();
        for (int start = 0; start < length; ) {
            if (whitespace(names.charAt(start))) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < length && !whitespace(names.charAt(end))) end++;
            if (inName(asciiLower(names, start, end))) return true;
            start = end;
        }
        return false;
    }

    /** Tries each part boundary of one name (no whitespace in it) as a word's start and end. */
    private boolean inName(String name) {
        int length = name.length();
        // WordPress names a post's categories and tags in its classes ("category-deductions-and-credits",
        // "tag-social-media"): the words after the prefix are the post's topics, not what the element is. The
        // name may still match as a whole ("tag-list").
        boolean taxonomy = name.startsWith("category-") || name.startsWith("tag-");
        for (int from = 0; from < length; from++) {
            if (from > 0 && (taxonomy || !separator(name.charAt(from - 1)))) continue;
            for (int to = from + 1; to <= length && to - from <= longest; to++) {
                if ((to == length || separator(name.charAt(to))) && words.contains(name.substring(from, to))) return true;
            }
        }
        return false;
    }

    /** ASCII letters in lower case, as the pattern's case-blind matching folds them; other characters as they are. */
    private static String asciiLower(String s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    /** The characters of {@code \s}: what separates one class name from the next. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The characters of {@code [-_\s]} within a name. */
    private static boolean separator(char c) {
        return c == '-' || c == '_';
    }
}
