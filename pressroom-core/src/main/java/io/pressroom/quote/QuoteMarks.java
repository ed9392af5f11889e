package io.pressroom.quote;

import io.pressroom.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into quoted spans: curly marks by direction, straight ones by alternation
 * within a paragraph. A quote left open at the end of a paragraph continues when the next paragraph
 * opens with a quote mark (the newspaper convention for multi-paragraph quotes); otherwise the stray
 * mark is ignored, so one unbalanced mark cannot swallow the rest of the article.
 */
final class QuoteMarks {

    /** A quoted passage: the positions of its opening and closing marks. */
    record Quoted(int open, int close, int openWidth, int closeWidth) {
        TextSpan inner() {
            return new TextSpan(open + openWidth, close);
        }

        /** The position just after the closing mark. */
        int after() {
            return close + closeWidth;
        }

        boolean contains(int pos) {
            return pos > open && pos < close;
        }
    }

    private QuoteMarks() { }

    static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    static List<Quoted> find(String body, List<TextSpan> paragraphs) {
        List<Quoted> out = new ArrayList<>();
        int carried = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            TextSpan para = paragraphs.get(p);
            int open = -1;
            int from = para.start();
            if (carried >= 0 && para.length() > 0 && isOpening(body, para.start())) {
                open = carried;
                from = para.start() + width(body, para.start());
            }
            carried = -1;
            int straightInside = 0;    // straight marks seen inside an open curly quotation
            boolean curlyInside = false; // an opening curly mark seen inside the open quotation
            int innerCurly = 0;          // inner curly quotations (“ inside “…”) still open
            int lastStraight = -1;
            for (int i = from; i < para.end(); i++) {
                char c = body.charAt(i);
                int w = width(body, i);
                if (w == 0) continue;
                // A quotation closes with a mark of the style it opened with: curly “ with ”, straight "
                // with ", doubled '' with ''; marks of another style inside it are nested quotations.
                boolean curlyOpen = open >= 0 && (body.charAt(open) == '\u201C' || body.charAt(open) == '\u201E'
                        || body.charAt(open) == '\u201D');
                if ((c == '\u201C' || c == '\u201E') && curlyOpen && closingShaped(body, i, para.end())) {
                    // “We are not going anywhere,“ said Clyburn: an opening mark typed to close (after the words,
                    // before a space) ends the quotation; an inner quotation's mark follows a space.
                    out.add(new Quoted(open, i, 1, 1));
                    open = -1;
                } else if (c == '\u201C' || c == '\u201E') {
                    if (open < 0) {
                        open = i;
                        curlyInside = false;
                        straightInside = 0;
                        innerCurly = 0;
                    } else {
                        curlyInside = true;
                        if (curlyOpen) innerCurly++;
                    }
                } else if (c == '\u201D') {
                    if (open >= 0 && curlyOpen && innerCurly > 0 && body.indexOf('\u201D', i + 1) >= 0
                            && body.indexOf('\u201D', i + 1) < para.end()) {
                        // “… what he calls “hell” than live …”: the inner quotation, typed with the outer's marks,
                        // closes first; the outer one closes at the last mark.
                        innerCurly--;
                    } else if (open >= 0 && (curlyOpen || body.charAt(open) == '"' && !curlyInside
                            && !straightAhead(body, i + 1, para.end()))) {
                        // … about him. "Oz has a huge bully pulpit,” said …: a straight mark closed with a curly one,
                        // when no straight mark is left in the paragraph to close it and no curly quotation opened
                        // inside it ("Trump walked onto the stage, chanting “U-S-A!”: an excerpt's open mark).
                        out.add(new Quoted(open, i, 1, 1));
                        open = -1;
                    } else if (open < 0 && i == para.start() && i + 1 < para.end() && (Character.isLetterOrDigit(body.charAt(i + 1))
                            || body.indexOf('\u201D', i + 2) > i && body.indexOf('\u201D', i + 2) < para.end())) {
                        // ”Mr. Trump embodies …” ― a closing mark typed to open the paragraph's quotation
                        // (also ” … he delivered …,” Barabak wrote: the paragraph closes it again).
                        open = i;
                        curlyInside = false;
                        straightInside = 0;
                    }
                } else if (open < 0) {
                    open = i;
                    curlyInside = false;
                } else if (!curlyOpen && w == 1 && width(body, open) == 1 && reopens(body, open, i, para.end())) {
                    // "… we can go on to defeat the government. "That's going to be the story": a new sentence opens
                    // with a mark of its own while the quotation never closed (two paragraphs run into one, or the
                    // style of closing only at the end): the first quotation ends where the next one opens.
                    out.add(new Quoted(open, i, 1, 0));
                    open = i;
                } else if (!curlyOpen && width(body, open) == w) {
                    out.add(new Quoted(open, i, width(body, open), w));
                    open = -1;
                } else if (curlyOpen && w == 1 && straightInside == 0 && i > open + 1 && ",.?!".indexOf(body.charAt(i - 1)) >= 0
                        && closingShaped(body, i, para.end())) {
                    // “We are going to win so much," Trump said. "You are going to be so happy.”: a curly quotation
                    // closed with a straight mark after its last punctuation (no straight quotation opened inside
                    // it to close); the next straight mark opens the following passage.
                    out.add(new Quoted(open, i, 1, 1));
                    open = -1;
                } else if (curlyOpen && w == 1) {
                    straightInside++;
                    lastStraight = i;
                }
                i += w - 1;
            }
            // “Immunity deals should not be a requirement," Chaffetz said.: a curly quotation that never closes
            // in its paragraph but holds an odd number of straight marks was closed with the last of them.
            if (open >= 0 && body.charAt(open) != '"' && width(body, open) == 1 && straightInside % 2 == 1) {
                out.add(new Quoted(open, lastStraight, 1, 1));
                open = -1;
            }
            if (open >= 0 && p + 1 < paragraphs.size()) {
                TextSpan next = paragraphs.get(p + 1);
                if (next.length() > 0 && isOpening(body, next.start()) && sameStyle(body, open, next.start())) carried = open;
            }
        }
        return out;
    }

    /** A mark right after a word or its punctuation and before a space, a punctuation mark or the paragraph's end. */
    private static boolean closingShaped(String body, int i, int end) {
        if (i == 0) return false;
        char before = body.charAt(i - 1);
        if (Tokens.isSpace(before) || "([{\u2014\u2013-".indexOf(before) >= 0) return false;
        if (i + 1 >= end) return true;
        char after = body.charAt(i + 1);
        return Tokens.isSpace(after) || ",.;:!?)\u2014".indexOf(after) >= 0;
    }

    /**
     * A straight mark inside an open straight quotation that opens a new sentence rather than closing the quotation:
     * after a sentence's end and a space, before a capital, with another straight mark still to come in the paragraph
     * to close it, and at least three words quoted before it.
     */
    private static boolean reopens(String body, int open, int i, int end) {
        if (i + 1 >= end || !Character.isUpperCase(body.charAt(i + 1)) || i < 2 || body.charAt(i - 1) != ' ') return false;
        if (".!?".indexOf(body.charAt(i - 2)) < 0 || !straightAhead(body, i + 1, end)) return false;
        int words = 0;
        for (int k = open + 1; k < i; k++) if (body.charAt(k) == ' ' && k + 1 < i && body.charAt(k + 1) != ' ') words++;
        return words >= 3;
    }

    private static boolean straightAhead(String body, int from, int to) {
        for (int k = from; k < to; k++) if (body.charAt(k) == '"') return true;
        return false;
    }

    /**
     * How many characters the quotation mark at {@code i} takes: 1 for " “ ” „, 2 for the doubled
     * apostrophes some archives use ('' ... ''), 0 when there is none.
     */
    static int width(String body, int i) {
        char c = body.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') return 1;
        if ((c == '\'' || c == '`') && i + 1 < body.length() && body.charAt(i + 1) == c) return 2;
        return 0;
    }

    /**
     * Whether the mark opening the next paragraph continues the quotation opened at {@code open}: the
     * convention repeats the same style of mark ("…¶"… or “…¶“…). A straight mark left open above a
     * paragraph of curly quotations is a stray (an excerpt's opening mark), not the same voice going on.
     */
    private static boolean sameStyle(String body, int open, int next) {
        int w = width(body, open);
        if (w != width(body, next)) return false;
        return w == 2 || (body.charAt(open) == '"') == (body.charAt(next) == '"');
    }

    private static boolean isOpening(String body, int i) {
        char c = body.charAt(i);
        return c == '"' || c == '\u201C' || c == '\u201E' || width(body, i) == 2;
    }
}
