package io.pressroom.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into blocks, the candidate paragraphs. Most dumps put one paragraph on a line; some
 * (newswire archives, e-mail) hard-wrap paragraphs at a fixed width, and those lines must be joined
 * back first or no line would look like a sentence.
 */
final class Blocks {

    /** A block: its text with whitespace runs collapsed, and the first source line it came from. */
    record Block(String text, int line) { }

    private Blocks() { }

    static List<Block> split(String text) {
        String[] lines = text.split("\n", -1);
        return isHardWrapped(lines) ? unwrap(lines) : perLine(lines);
    }

    private static List<Block> perLine(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = collapse(lines[i]);
            if (!t.isEmpty()) blocks.add(new Block(t, i));
        }
        return blocks;
    }

    /**
     * Hard-wrapped text has most lines of nearly the same length, few long ones, and many lines that
     * end mid-sentence.
     */
    static boolean isHardWrapped(String[] lines) {
        int n = 0;
        int inBand = 0;
        int longOnes = 0;
        int openEnded = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            // A paragraph's last line is as short as it happens to be, and a sign-off is short: neither says
            // how wide the text was wrapped (a short story has few other lines).
            if (Agencies.canonical(l) != null || endsParagraph(lines, i, l)) {
                if (l.length() > 100) longOnes++;
                continue;
            }
            n++;
            if (l.length() >= 35 && l.length() <= 90) inBand++;
            if (l.length() > 100) longOnes++;
            char last = l.charAt(l.length() - 1);
            if (Character.isLetterOrDigit(last) || last == ',') openEnded++;
        }
        return n >= 5 && inBand * 10 >= n * 6 && longOnes * 20 <= n && openEnded * 10 >= n * 4;
    }

    /** A finished sentence followed by a blank line, a deeper indent or the end of the text. */
    private static boolean endsParagraph(String[] lines, int i, String l) {
        if (".!?\"\u201D)".indexOf(l.charAt(l.length() - 1)) < 0) return false;
        if (i + 1 >= lines.length) return true;
        String next = lines[i + 1];
        return next.isBlank() || next.length() - next.stripLeading().length() >= 2;
    }

    private static List<Block> unwrap(String[] lines) {
        int width = 0;
        for (String l : lines) width = Math.max(width, l.strip().length());
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int startLine = -1;
        String previous = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String l = raw.strip();
            int indent = raw.length() - raw.stripLeading().length();
            boolean previousEnded = previous != null && ".!?:\"'\u201D)".indexOf(previous.charAt(previous.length() - 1)) >= 0;
            boolean previousEndedShort = previousEnded && previous.length() < width * 0.6;
            // A new paragraph: after a blank line, on a deeper indent, or after a finished short last line;
            // an indented agency sign-off (" Reuter") always stands alone.
            boolean signOff = indent >= 1 && Agencies.canonical(l) != null;
            if (l.isEmpty() || indent >= 2 || indent == 1 && previousEnded || previousEndedShort || signOff) {
                if (current.length() > 0) blocks.add(new Block(current.toString(), startLine));
                current.setLength(0);
            }
            if (!l.isEmpty()) {
                if (current.length() == 0) startLine = i;
                else current.append(' ');
                current.append(collapse(l));
                previous = l;
            } else {
                previous = null;
            }
        }
        if (current.length() > 0) blocks.add(new Block(current.toString(), startLine));
        return blocks;
    }

    static String collapse(String s) {
        if (collapsed(s)) return s;
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (space(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@code collapse} would return the text unchanged: no space at either end, nor two in a row, nor another kind. */
    private static boolean collapsed(String s) {
        int n = s.length();
        if (n == 0) return true;
        boolean previousSpace = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) {
                previousSpace = false;
            } else if (c == ' ') {
                if (previousSpace) return false;
                previousSpace = true;
            } else if (space(c)) {
                return false;
            } else {
                previousSpace = false;
            }
        }
        return !previousSpace;
    }

    /** Whitespace of any kind, no-break and zero-width spaces included. Visible ASCII is answered first: most text is. */
    private static boolean space(char c) {
        if (c > ' ' && c < 0x7F) return false;
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Words: whitespace-separated tokens holding at least one letter or digit. */
    static int words(String s) {
        int n = 0;
        boolean inWord = false;
        boolean hasAlnum = false;
        for (int i = 0; i <= s.length(); i++) {
            boolean ws = i == s.length() || s.charAt(i) == ' ';
            if (ws) {
                if (inWord && hasAlnum) n++;
                inWord = false;
                hasAlnum = false;
            } else {
                inWord = true;
                if (hasAlnum) continue;
                char c = s.charAt(i);
                if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
                    hasAlnum = true;
                }
            }
        }
        return n;
    }
}
