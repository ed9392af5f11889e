package io.pressroom.store;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, opened up to return {@link Snippet} objects rather than strings. */
final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
        super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
}
