package io.pressroom.store;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Locale;

/**
 * Passage boundaries for snippets: sentences, but never longer than a window of characters (a long
 * paragraph or a text without full stops would otherwise become one giant snippet). Delegates to the
 * JDK's sentence iterator and cuts at word boundaries when a sentence is too long.
 */
final class SentenceWindow extends BreakIterator {
    private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    private final BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
    private final int window;
    private int current;
    private CharacterIterator text;

    SentenceWindow(int window) {
        this.window = window;
    }

    @Override
    public int first() {
        current = sentences.first();
        return current;
    }

    @Override
    public int last() {
        current = sentences.last();
        return current;
    }

    @Override
    public int next(int n) {
        int r = current;
        for (int i = 0; i < n && r != DONE; i++) r = next();
        return r;
    }

    @Override
    public int next() {
        int end = sentences.following(current);
        if (end != DONE && end - current > window) end = cut(current + window, current);
        current = end == DONE ? current : end;
        return end;
    }

    @Override
    public int previous() {
        int start = sentences.preceding(current);
        if (start != DONE && current - start > window) start = Math.max(start, words.preceding(current - window + 1));
        current = start == DONE ? current : start;
        return start;
    }

    @Override
    public int following(int offset) {
        int end = sentences.following(offset);
        if (end != DONE && end - offset > window) end = cut(offset + window / 2, offset);
        current = end == DONE ? sentences.last() : end;
        return end;
    }

    @Override
    public int preceding(int offset) {
        int start = sentences.preceding(offset);
        if (start != DONE && offset - start > window / 2) {
            int w = words.preceding(Math.max(text.getBeginIndex() + 1, offset - window / 2));
            if (w != DONE && w > start) start = w;
        }
        current = start == DONE ? sentences.first() : start;
        return start;
    }

    private int cut(int at, int floor) {
        int end = text.getEndIndex();
        if (at >= end) return end;
        int w = words.preceding(at);
        return w == DONE || w <= floor ? at : w;
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
        sentences.setText(newText);
        words.setText((CharacterIterator) newText.clone());
        current = sentences.first();
    }
}
