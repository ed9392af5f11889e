package io.pressroom.store;

import java.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * Passage boundaries for snippets: the sentence around a match ('.', '!' or '?' then a space, or a
 * line break), never longer than a window of characters, cut at a space when a sentence runs long.
 * Hand-written because the JDK's rule-based sentence iterator was most of the cost of a search; this
 * one only looks at the characters near the match.
 */
final class SentenceWindow extends BreakIterator {
    private final int window;
    private CharacterIterator text;
    private int begin;
    private int end;
    private int current;

    SentenceWindow(int window) {
        this.window = window;
    }

    private char at(int i) {
        text.setIndex(i);
        return text.current();
    }

    private boolean sentenceEndsBefore(int i) {
        if (i <= begin || i >= end) return i <= begin || i >= end;
        char prev = at(i - 1);
        if (prev == '\n') return true;
        if (!Character.isWhitespace(at(i)) && i - 1 > begin && Character.isWhitespace(prev)) {
            char p2 = at(i - 2);
            return p2 == '.' || p2 == '!' || p2 == '?' || p2 == '"' || p2 == '\u201D' || p2 == '\n';
        }
        return false;
    }

    @Override
    public int following(int offset) {
        int limit = Math.min(end, offset + window / 2);
        int i = offset + 1;
        while (i < limit && !sentenceEndsBefore(i)) i++;
        if (i >= limit && limit < end) {
            int space = limit;
            while (space > offset + 1 && !Character.isWhitespace(at(space))) space--;
            i = space > offset + 1 ? space : limit;
        }
        current = Math.min(i, end);
        return current >= end ? end : current;
    }

    @Override
    public int preceding(int offset) {
        if (offset <= begin) return DONE;
        int limit = Math.max(begin, offset - window / 2);
        int i = offset - 1;
        while (i > limit && !sentenceEndsBefore(i)) i--;
        if (i <= limit && limit > begin) {
            int space = limit;
            while (space < offset - 1 && !Character.isWhitespace(at(space))) space++;
            i = space < offset - 1 ? space + 1 : limit;
        }
        current = Math.max(i, begin);
        return current;
    }

    @Override
    public int first() {
        current = begin;
        return current;
    }

    @Override
    public int last() {
        current = end;
        return current;
    }

    @Override
    public int next(int n) {
        int r = current;
        for (int k = 0; k < n && r != DONE; k++) r = next();
        return r;
    }

    @Override
    public int next() {
        if (current >= end) return DONE;
        return following(current);
    }

    @Override
    public int previous() {
        if (current <= begin) return DONE;
        return preceding(current);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        begin = newText.getBeginIndex();
        end = newText.getEndIndex();
        current = begin;
    }
}
