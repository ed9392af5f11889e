package io.pressroom.store;

import io.pressroom.link.LinkStore;
import io.pressroom.link.MemoryLinkStore;
import io.pressroom.link.Fingerprint;
import io.pressroom.link.QuoteKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The {@link LinkStore} of the index: what a reader of the index sees (earlier runs and this run up to
 * the last refresh) plus, in memory, what was linked since. Candidates are found with term queries on
 * the band, n-gram and story-term fields, so the work per new article depends on how many articles
 * share its keys, not on the size of the corpus.
 */
final class IndexLinkStore implements LinkStore {
    /** At most this many candidates per lookup, best first (most shared keys). */
    private static final int MAX_COPIES = 50;
    private static final int MAX_REPORT_ARTICLES = 30;
    private static final int MAX_MATES = 50;
    private static final int MAX_GRAMS = 256;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final MemoryLinkStore recent;

    IndexLinkStore(DirectoryReader reader, MemoryLinkStore recent) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.recent = recent;
    }

    static BytesRef key(long k) {
        return new BytesRef(ByteBuffer.allocate(8).putLong(k).array());
    }

    /** Top documents by the number of the given keys they hold. */
    private ScoreDoc[] byKeys(String field, long[] keys, int max, Query filter) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (long k : keys) {
            if (n++ == MAX_GRAMS) break;
            b.add(new ConstantScoreQuery(new TermQuery(new Term(field, key(k)))), BooleanClause.Occur.SHOULD);
        }
        if (filter != null) b.add(filter, BooleanClause.Occur.FILTER);
        return searcher.search(b.build(), max).scoreDocs;
    }

    @Override
    public List<Copy> copies(long[] bandKeys) {
        List<Copy> out = new ArrayList<>(recent.copies(bandKeys));
        try {
            for (ScoreDoc sd : byKeys(Schema.LSH_BAND, bandKeys, MAX_COPIES, null)) {
                LeafReaderContext leaf = leaf(sd.doc);
                int doc = sd.doc - leaf.docBase;
                BinaryDocValues sig = leaf.reader().getBinaryDocValues(Schema.SIGNATURE);
                if (sig == null || !sig.advanceExact(doc)) continue;
                BytesRef bytes = sig.binaryValue();
                out.add(new Copy(sortedValue(leaf, Schema.ID, doc), sortedValue(leaf, Schema.DUP_GROUP, doc),
                        sortedValue(leaf, Schema.STORY, doc), Fingerprint.fromBytes(bytes.bytes, bytes.offset, bytes.length),
                        storedAgency(leaf, doc)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public List<Report> reports(long[] grams) {
        List<Report> out = new ArrayList<>(recent.reports(grams));
        if (grams.length == 0) return out;
        Set<Long> wanted = new HashSet<>();
        for (long g : grams) wanted.add(g);
        try {
            var stored = reader.storedFields();
            for (ScoreDoc sd : byKeys(Schema.QUOTE_GRAM, grams, MAX_REPORT_ARTICLES, null)) {
                Document d = stored.document(sd.doc, Set.of(Schema.ID, Schema.QUOTE_KEYS));
                String id = d.get(Schema.ID);
                for (String line : d.getValues(Schema.QUOTE_KEYS)) {
                    Report r = parseReport(id, line);
                    // Only the article's quotations that share an n-gram with this one.
                    for (long g : QuoteKey.of(r.text()).grams()) {
                        if (wanted.contains(g)) {
                            out.add(r);
                            break;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One quotation's comparison record: index, statement, speaker, date said, text (tab-separated; text last). */
    static String reportLine(int index, String statement, String speaker, LocalDate saidOn, String text) {
        return index + "\t" + statement + "\t" + (speaker == null ? "" : speaker.replace('\t', ' ')) + "\t"
                + (saidOn == null ? "" : saidOn) + "\t" + text;
    }

    private static Report parseReport(String articleId, String line) {
        String[] f = line.split("\t", 5);
        return new Report(articleId, Integer.parseInt(f[0]), f[1], f[2].isEmpty() ? null : f[2], f[4],
                f[3].isEmpty() ? null : LocalDate.parse(f[3]));
    }

    @Override
    public List<StoryMate> storyMates(List<String> terms, LocalDate day, int days) {
        Map<String, StoryMate> out = new LinkedHashMap<>();
        for (StoryMate m : recent.storyMates(terms, day, days)) out.put(m.id(), m);
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            // Rare names weigh more: BM25's idf on the term field ranks neighbours sharing them first.
            for (String t : terms) b.add(new TermQuery(new Term(Schema.STORY_TERM, t)), BooleanClause.Occur.SHOULD);
            if (day != null) {
                long from = day.minusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                long to = day.plusDays(days + 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
                b.add(LongPoint.newRangeQuery(Schema.PUBLISHED_MAX, from, Long.MAX_VALUE), BooleanClause.Occur.FILTER);
                b.add(LongPoint.newRangeQuery(Schema.PUBLISHED_MIN, Long.MIN_VALUE, to), BooleanClause.Occur.FILTER);
            }
            for (ScoreDoc sd : searcher.search(b.build(), MAX_MATES).scoreDocs) {
                LeafReaderContext leaf = leaf(sd.doc);
                int doc = sd.doc - leaf.docBase;
                String id = sortedValue(leaf, Schema.ID, doc);
                List<String> theirs = new ArrayList<>();
                SortedSetDocValues v = leaf.reader().getSortedSetDocValues(Schema.STORY_TERM);
                if (v != null && v.advanceExact(doc)) {
                    for (int i = 0; i < v.docValueCount(); i++) theirs.add(v.lookupOrd(v.nextOrd()).utf8ToString());
                }
                out.putIfAbsent(id, new StoryMate(id, sortedValue(leaf, Schema.STORY, doc), theirs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out.values());
    }

    @Override
    public long termCount(String term) {
        try {
            return recent.termCount(term) + reader.docFreq(new Term(Schema.STORY_TERM, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> body(String articleId) {
        Optional<String> mem = recent.body(articleId);
        if (mem.isPresent()) return mem;
        try {
            ScoreDoc[] hit = searcher.search(new TermQuery(new Term(Schema.ID, articleId)), 1).scoreDocs;
            if (hit.length == 0) return Optional.empty();
            return Optional.ofNullable(reader.storedFields().document(hit[0].doc, Set.of(Schema.BODY)).get(Schema.BODY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LeafReaderContext leaf(int doc) {
        return reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    }

    private static String sortedValue(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues v = leaf.reader().getSortedDocValues(field);
        return v != null && v.advanceExact(doc) ? v.lookupOrd(v.ordValue()).utf8ToString() : null;
    }

    private static String storedAgency(LeafReaderContext leaf, int doc) throws IOException {
        return sortedValue(leaf, Schema.AGENCY, doc);
    }
}
