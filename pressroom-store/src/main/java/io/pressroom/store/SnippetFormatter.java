package io.pressroom.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the unified highlighter's passages into a {@link Snippet} (the best passage) instead of markup. */
final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) return null;
        Passage p = passages[0];
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        String text = content.substring(start, end).strip();
        int shift = start + (content.substring(start, end).length() - content.substring(start, end).stripLeading().length());
        List<Snippet.Range> ranges = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < p.getNumMatches(); i++) {
            int s = Math.max(p.getMatchStarts()[i] - shift, last);
            int e = Math.min(p.getMatchEnds()[i] - shift, text.length());
            if (e <= s) continue;
            ranges.add(new Snippet.Range(s, e));
            last = e;
        }
        return new Snippet(text, ranges, start > 0, end < content.length());
    }
}
