package io.pressroom.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, opened up to return {@link Snippet} objects rather than strings, and
 * to work from what the search already read: the field infos merged once per reader (the highlighter
 * would merge them again for every request) and the bodies of the hits, loaded with the rest of the
 * result list (so each hit's stored document is decompressed once, not twice).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private final FieldInfos merged;
    private final Map<Integer, String> bodies;

    SnippetHighlighter(UnifiedHighlighter.Builder builder, FieldInfos merged, Map<Integer, String> bodies) {
        super(builder);
        this.merged = merged;
        this.bodies = bodies;
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
        return merged.fieldInfo(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
        if (fields.length != 1 || !fields[0].equals(Schema.BODY)) return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String body = bodies.get(doc);
            out.add(new CharSequence[] {body == null ? "" : body});
        }
        return out;
    }
}
