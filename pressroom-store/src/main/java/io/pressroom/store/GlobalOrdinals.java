package io.pressroom.store;

import java.io.IOException;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The global ordinals of one multi-valued keyword field (speakers, people, organisations, places),
 * built once per reader: facets count by global ordinal in one array and turn only the top ones into
 * strings, because these fields have tens of thousands of distinct names and a broad search matches
 * tens of thousands of articles.
 */
final class GlobalOrdinals {
    private final IndexReader reader;
    private final String field;
    private final OrdinalMap map;
    private final long valueCount;

    private GlobalOrdinals(IndexReader reader, String field, OrdinalMap map, long valueCount) {
        this.reader = reader;
        this.field = field;
        this.map = map;
        this.valueCount = valueCount;
    }

    static GlobalOrdinals of(IndexReader reader, String field) throws IOException {
        SortedSetDocValues v = MultiDocValues.getSortedSetValues(reader, field);
        if (v instanceof MultiDocValues.MultiSortedSetDocValues m) return new GlobalOrdinals(reader, field, m.mapping, m.mapping.getValueCount());
        return new GlobalOrdinals(reader, field, null, v == null ? 0 : v.getValueCount());
    }

    String field() {
        return field;
    }

    long valueCount() {
        return valueCount;
    }

    /** Segment ordinals to global ones for a segment; null when they are the same (one segment). */
    LongValues toGlobal(LeafReaderContext leaf) {
        return map == null ? null : map.getGlobalOrds(leaf.ord);
    }

    /** The name of a global ordinal, looked up in the first segment that has it (fresh iterators: thread-safe). */
    String name(long globalOrd) throws IOException {
        if (map == null) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues v = leaf.reader().getSortedSetDocValues(field);
                if (v != null) return v.lookupOrd(globalOrd).utf8ToString();
            }
            return null;
        }
        int segment = map.getFirstSegmentNumber(globalOrd);
        long segmentOrd = map.getFirstSegmentOrd(globalOrd);
        return reader.leaves().get(segment).reader().getSortedSetDocValues(field).lookupOrd(segmentOrd).utf8ToString();
    }

    /** The n largest counts, by name, into {@code into}. */
    void top(long[] counts, int n, Map<String, Long> into) throws IOException {
        PriorityQueue<int[]> best = new PriorityQueue<>((x, y) -> Long.compare(counts[x[0]], counts[y[0]]));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] == 0) continue;
            if (best.size() < n) best.add(new int[] {ord});
            else if (counts[ord] > counts[best.peek()[0]]) {
                best.poll();
                best.add(new int[] {ord});
            }
        }
        for (int[] o : best) into.merge(name(o[0]), counts[o[0]], Long::sum);
    }
}
