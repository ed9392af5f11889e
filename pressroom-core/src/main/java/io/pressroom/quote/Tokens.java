package io.pressroom.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A light tokenizer with character offsets: words (with inner dots, hyphens, apostrophes), abbreviations, punctuation. */
public final class Tokens {

    public record Tok(String text, int start, int end, String lower) {
        public boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        public boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean is(String s) {
            return lower.equals(s);
        }

        public boolean isQuoteMark() {
            return text.equals("''") || text.equals("``") || text.length() == 1 && QuoteMarks.isMark(text.charAt(0));
        }
    }

    /** Honorifics and other abbreviations whose full stop belongs to the word ("Mr. Kamp said"). */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt",
            "Col", "Sgt", "Capt", "Adm", "Cmdr", "St", "Jr", "Sr", "Prof", "Rev", "Hon", "Pres", "Sec", "Supt", "Insp", "Det",
            "Fr", "Msgr", "Del");

    private Tokens() { }

    /**
     * Tokens of {@code text[from, to)}: words with inner dots, hyphens and apostrophes ("U.S.",
     * "Jong-un", "don't"), honorifics and initials with their full stop, doubled apostrophes and
     * backquotes as one quotation mark, "--" as one dash, and any other character on its own.
     * Hand-written rather than a regular expression: this runs over every article.
     */
    public static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>(Math.max(16, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i, to);
                String w = text.substring(start, i);
                int split = contraction(w);
                if (split > 0) {
                    // "I've told", "we’ll say": the pronoun is the speaker; the auxiliary reads as its full form.
                    String pronoun = w.substring(0, split);
                    out.add(new Tok(pronoun, start, start + split, pronoun.toLowerCase(Locale.ROOT)));
                    String rest = w.substring(split);
                    out.add(new Tok(rest, start + split, i, CONTRACTED.get(rest.substring(1).toLowerCase(Locale.ROOT))));
                    continue;
                }
                boolean dotFollows = i < to && text.charAt(i) == '.';
                // "Jr.,", "D.C.)": a comma or bracket after the full stop leaves it with the abbreviation.
                boolean spaceAfterDot = i + 1 >= to || isSpace(text.charAt(i + 1)) || ",;:)".indexOf(text.charAt(i + 1)) >= 0;
                if (dotFollows && spaceAfterDot && (ABBREVIATIONS.contains(w) || isInitials(w))) {
                    i++;
                } else if (dotFollows && w.length() == 1 && Character.isUpperCase(c) && i + 2 < to
                        && isSpace(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i + 2))) {
                    i++; // an initial: "Steven M. Ekovich", "N. Korea"
                }
            } else if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) {
                i += 2;
            } else if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
                i += 2;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            String t = text.substring(start, i);
            out.add(new Tok(t, start, i, t.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static int wordEnd(String text, int i, int to) {
        while (i < to) {
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) i++;
            if (i + 1 < to && "'\u2019.-".indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
                continue;
            }
            break;
        }
        // A plural possessive: "voters' choice".
        if (i < to && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && (i + 1 == to || isSpace(text.charAt(i + 1)))
                && i > 0 && text.charAt(i - 1) == 's' && !(i + 1 < to && text.charAt(i + 1) == text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "we", "they", "he", "she", "it", "that", "there",
            "what", "who");
    /** Contracted auxiliaries after a subject pronoun and what they stand for ('s reads as "is", also for "has"). */
    private static final java.util.Map<String, String> CONTRACTED = java.util.Map.of("m", "am", "ve", "have", "ll", "will",
            "re", "are", "d", "would", "s", "is");

    /** Where a pronoun's contracted auxiliary starts in {@code w} ("I’ve" → 1, "it's" → 2), or 0. */
    private static int contraction(String w) {
        int k = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
        if (k < 1 || k > 5 || !SUBJECT_PRONOUNS.contains(w.substring(0, k).toLowerCase(Locale.ROOT))) return 0;
        return CONTRACTED.containsKey(w.substring(k + 1).toLowerCase(Locale.ROOT)) ? k : 0;
    }

    /** "U.S" before its last dot: single letters joined by dots. */
    /**
     * Space between words, including the no-break space (U+00A0, common in HTML-derived text) and the
     * invisible zero-width space and BOM: {@link Character#isWhitespace} takes none of them, so
     * "education.&nbsp;“We need…” would read as one sentence.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isInitials(String w) {
        if (w.length() < 3) return false;
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            if (k % 2 == 0 ? !Character.isUpperCase(ch) : ch != '.') return false;
        }
        return w.length() % 2 == 1;
    }
}
