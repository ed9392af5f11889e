package io.pressroom.store;

import io.pressroom.link.LinkStore;
import io.pressroom.link.MemoryLinkStore;
import io.pressroom.link.Fingerprint;
import io.pressroom.link.QuoteKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
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
    /** Story terms in more articles than this (in one segment) are not used to find neighbours. */
    private static final int LOOKUP_TERM_DOCS = 100;

    private static final long DAY_MILLIS = 86_400_000L;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final MemoryLinkStore recent;
    /** The undated articles of the whole corpus (see {@link #loadUndated}); they are candidates for every article. */
    private final MemoryLinkStore undated;
    /**
     * Per segment, the first and last UTC day its dated articles were published on (a day's margin either
     * side for time zones), or null when it holds no dated article.
     */
    private final long[][] segmentDays;
    /** Per segment, whether it holds undated articles (story neighbours keep those, whatever the day). */
    private final boolean[] hasUndated;

    IndexLinkStore(DirectoryReader reader, MemoryLinkStore recent, MemoryLinkStore undated) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.recent = recent;
        this.undated = undated;
        this.segmentDays = new long[reader.leaves().size()][];
        this.hasUndated = new boolean[reader.leaves().size()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.PointValues earliest = leaf.reader().getPointValues(Schema.PUBLISHED_MIN);
                segmentDays[leaf.ord] = days(leaf, earliest);
                hasUndated[leaf.ord] = earliest == null ? leaf.reader().maxDoc() > 0 : earliest.getDocCount() < leaf.reader().maxDoc();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A segment's range of publication days from the points of its articles' earliest and latest local times
     * (read from the segment's BKD tree root: no document is visited). Segments are written in the order
     * articles arrive, so when a feed arrives roughly in publication order most segments lie wholly outside
     * a new article's window and are never searched: the work per article then stays the same however large
     * the corpus grows. Undated articles would pin every segment they are in; they are looked up in memory
     * instead ({@link #loadUndated}).
     */
    private static long[] days(LeafReaderContext leaf, org.apache.lucene.index.PointValues earliest) throws IOException {
        org.apache.lucene.index.PointValues latest = leaf.reader().getPointValues(Schema.PUBLISHED_MAX);
        if (earliest == null || latest == null) return null;
        long first = org.apache.lucene.document.LongPoint.decodeDimension(earliest.getMinPackedValue(), 0);
        long last = org.apache.lucene.document.LongPoint.decodeDimension(latest.getMaxPackedValue(), 0);
        return new long[] {Math.floorDiv(first, DAY_MILLIS) - 1, Math.floorDiv(last, DAY_MILLIS) + 1};
    }

    /**
     * The near-copy keys and quotations of every undated article in the index, to keep in memory: an undated
     * article may be a copy of anything, so it is a candidate for every new article, and kept in memory it
     * does not make the segments holding it be searched for every dated one. Holds each undated article's
     * fingerprint and quotations; read once per writer (one pass over the publication doc values of the index).
     */
    static MemoryLinkStore loadUndated(DirectoryReader reader) throws IOException {
        MemoryLinkStore out = new MemoryLinkStore(false);
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.NumericDocValues published = leaf.reader().getNumericDocValues(Schema.PUBLISHED_SORT);
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) continue;
                if (published != null && published.advanceExact(doc)) continue;
                String id = sortedValue(leaf, Schema.ID, doc);
                if (id == null) continue;
                String group = sortedValue(leaf, Schema.DUP_GROUP, doc);
                BinaryDocValues sig = leaf.reader().getBinaryDocValues(Schema.SIGNATURE);
                if (sig != null && sig.advanceExact(doc)) {
                    BytesRef bytes = sig.binaryValue();
                    Fingerprint fp = Fingerprint.fromBytes(bytes.bytes, bytes.offset, bytes.length);
                    out.addCopy(new Copy(id, group, sortedValue(leaf, Schema.STORY, doc), fp, storedAgency(leaf, doc), null), fp.bandKeys());
                }
                Document d = leaf.reader().storedFields().document(doc, Set.of(Schema.QUOTE_KEYS));
                for (String line : d.getValues(Schema.QUOTE_KEYS)) {
                    Report r = parseReport(id, group == null ? id : group, line, null);
                    out.addReport(r, QuoteKey.of(r.text()).grams());
                }
            }
        }
        return out;
    }

    /** The window of publication instants (epoch millis, inclusive) of {@code days} days around {@code day}, or null for any. */
    private static long[] window(LocalDate day, int days) {
        if (day == null) return null;
        return new long[] {day.minusDays(days).toEpochDay() * DAY_MILLIS, (day.plusDays(days).toEpochDay() + 1) * DAY_MILLIS - 1};
    }

    /** True when no dated article of the segment can be in the window (its undated ones are in {@link #undated}). */
    private boolean outside(LeafReaderContext leaf, long[] window) {
        if (window == null) return false;
        long[] d = segmentDays[leaf.ord];
        return d == null || (d[1] + 1) * DAY_MILLIS <= window[0] || d[0] * DAY_MILLIS > window[1];
    }

    static BytesRef key(long k) {
        return new BytesRef(ByteBuffer.allocate(8).putLong(k).array());
    }

    /**
     * Documents (global ids) holding the most of the given terms, at most {@code max}, best first. Postings
     * are read directly, segment by segment, rather than through a scored query: these lookups run once per
     * new article and almost all their terms are absent (the Bloom filter answers those).
     */
    private int[] byTerms(String field, List<BytesRef> terms, int max, long[] window) throws IOException {
        java.util.HashMap<Integer, Integer> counts = new java.util.HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            if (outside(leaf, window)) continue;
            org.apache.lucene.index.Terms t = leaf.reader().terms(field);
            if (t == null) continue;
            org.apache.lucene.index.TermsEnum te = t.iterator();
            org.apache.lucene.index.PostingsEnum pe = null;
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            for (BytesRef term : terms) {
                if (!te.seekExact(term)) continue;
                pe = te.postings(pe, org.apache.lucene.index.PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live != null && !live.get(d)) continue;
                    counts.merge(leaf.docBase + d, 1, Integer::sum);
                }
            }
        }
        if (window != null) dropOutside(counts, window, false);
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(max).mapToInt(java.util.Map.Entry::getKey).toArray();
    }

    /** Removes documents published outside [window[0], window[1]], and undated ones unless kept, reading doc values in order. */
    private void dropOutside(java.util.Map<Integer, Integer> counts, long[] window, boolean keepUndated) throws IOException {
        int[] docs = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        LeafReaderContext leaf = null;
        org.apache.lucene.index.NumericDocValues published = null;
        for (int global : docs) {
            if (leaf == null || global >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaf(global);
                published = leaf.reader().getNumericDocValues(Schema.PUBLISHED_SORT);
            }
            boolean dated = published != null && published.advanceExact(global - leaf.docBase);
            if (dated ? published.longValue() < window[0] || published.longValue() > window[1] : !keepUndated) {
                counts.remove(global);
            }
        }
    }

    private static List<BytesRef> keys(long[] keys) {
        List<BytesRef> out = new ArrayList<>(Math.min(keys.length, MAX_GRAMS));
        for (int i = 0; i < keys.length && i < MAX_GRAMS; i++) out.add(key(keys[i]));
        return out;
    }

    @Override
    public List<Copy> copies(long[] bandKeys, LocalDate day, int days) {
        List<Copy> out = new ArrayList<>(recent.copies(bandKeys, day, days));
        if (day != null) {
            // Undated articles, which the windowed search of the index leaves out (those linked since the last
            // refresh are in both stores).
            Set<String> seen = new HashSet<>();
            for (Copy c : out) seen.add(c.id());
            for (Copy c : undated.copies(bandKeys, null, 0)) if (seen.add(c.id())) out.add(c);
        }
        try {
            for (int global : byTerms(Schema.LSH_BAND, keys(bandKeys), MAX_COPIES, window(day, days))) {
                LeafReaderContext leaf = leaf(global);
                int doc = global - leaf.docBase;
                BinaryDocValues sig = leaf.reader().getBinaryDocValues(Schema.SIGNATURE);
                if (sig == null || !sig.advanceExact(doc)) continue;
                BytesRef bytes = sig.binaryValue();
                String id = sortedValue(leaf, Schema.ID, doc);
                if (docOf.size() > CACHE_LIMIT) docOf.clear();
                docOf.put(id, global);
                out.add(new Copy(id, sortedValue(leaf, Schema.DUP_GROUP, doc),
                        sortedValue(leaf, Schema.STORY, doc), Fingerprint.fromBytes(bytes.bytes, bytes.offset, bytes.length),
                        storedAgency(leaf, doc), publishedDay(leaf, doc)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public List<Report> reports(long[] grams, LocalDate day, int days) {
        List<Report> out = new ArrayList<>(recent.reports(grams, day, days));
        if (grams.length == 0) return out;
        if (day != null) {
            Set<String> seen = new HashSet<>();
            for (Report r : out) seen.add(r.articleId() + "." + r.quote());
            for (Report r : undated.reports(grams, null, 0)) if (seen.add(r.articleId() + "." + r.quote())) out.add(r);
        }
        Set<Long> wanted = new HashSet<>();
        for (long g : grams) wanted.add(g);
        try {
            for (int global : byTerms(Schema.QUOTE_GRAM, keys(grams), MAX_REPORT_ARTICLES, window(day, days))) {
                for (KeyedReport kr : reportsOf(global)) {
                    // Only the article's quotations that share an n-gram with this one.
                    for (long g : kr.grams()) {
                        if (wanted.contains(g)) {
                            out.add(kr.report());
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

    private record KeyedReport(Report report, QuoteKey key, long[] grams) { }

    /**
     * The reports stored with one article, parsed once per reader: the quotations of syndicated and
     * re-reported articles are looked up again and again by the articles that follow them.
     */
    private final Map<Integer, List<KeyedReport>> reportsByDoc = new java.util.HashMap<>();
    private final Map<String, QuoteKey> keysByText = new java.util.HashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    private List<KeyedReport> reportsOf(int global) throws IOException {
        List<KeyedReport> cached = reportsByDoc.get(global);
        if (cached != null) return cached;
        if (reportsByDoc.size() > CACHE_LIMIT) reportsByDoc.clear();
        Document d = reader.storedFields().document(global, Set.of(Schema.ID, Schema.QUOTE_KEYS));
        String id = d.get(Schema.ID);
        LeafReaderContext leaf = leaf(global);
        String group = sortedValue(leaf, Schema.DUP_GROUP, global - leaf.docBase);
        LocalDate published = publishedDay(leaf, global - leaf.docBase);
        List<KeyedReport> reports = new ArrayList<>();
        for (String line : d.getValues(Schema.QUOTE_KEYS)) {
            Report r = parseReport(id, group == null ? id : group, line, published);
            QuoteKey key = key(r);
            reports.add(new KeyedReport(r, key, key.grams()));
        }
        reportsByDoc.put(global, reports);
        return reports;
    }

    @Override
    public QuoteKey key(Report r) {
        QuoteKey k = keysByText.get(r.text());
        if (k == null) {
            if (keysByText.size() > CACHE_LIMIT) keysByText.clear();
            k = recent.key(r);
            keysByText.put(r.text(), k);
        }
        return k;
    }

    /** One quotation's comparison record: index, statement, speaker, date said, text (tab-separated; text last). */
    static String reportLine(int index, String statement, String speaker, LocalDate saidOn, String text) {
        return index + "\t" + statement + "\t" + (speaker == null ? "" : speaker.replace('\t', ' ')) + "\t"
                + (saidOn == null ? "" : saidOn) + "\t" + text;
    }

    private static Report parseReport(String articleId, String group, String line, LocalDate published) {
        String[] f = line.split("\t", 5);
        return new Report(articleId, group, Integer.parseInt(f[0]), f[1], f[2].isEmpty() ? null : f[2], f[4],
                f[3].isEmpty() ? null : LocalDate.parse(f[3]), published);
    }

    /** The article's publication day from its sort value (earliest instant, UTC: as `MemoryLinkStore.reportDay`), or null. */
    private static LocalDate publishedDay(LeafReaderContext leaf, int doc) throws IOException {
        org.apache.lucene.index.NumericDocValues dv = leaf.reader().getNumericDocValues(Schema.PUBLISHED_SORT);
        if (dv == null || !dv.advanceExact(doc)) return null;
        return MemoryLinkStore.dayOf(dv.longValue());
    }

    @Override
    public Neighbours storyMates(List<String> terms, LocalDate day, int days, long maxTermCount) {
        try {
            // One pass per segment: each term's document count, and the postings of the rare ones.
            Map<String, Long> indexCounts = new java.util.HashMap<>();
            Map<String, List<int[]>> postings = new java.util.HashMap<>();
            long[] window = window(day, days);
            for (LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.Terms t = leaf.reader().terms(Schema.STORY_TERM);
                if (t == null) continue;
                org.apache.lucene.index.TermsEnum te = t.iterator();
                // A segment of other days (and no undated articles) only counts; its postings would all be dropped.
                boolean countOnly = outside(leaf, window) && !hasUndated[leaf.ord];
                for (String term : terms) {
                    if (!te.seekExact(new BytesRef(term))) continue;
                    indexCounts.merge(term, (long) te.docFreq(), Long::sum);
                    // Neighbours are looked up through the rarer names only: enough to find a story's articles,
                    // and what keeps the work per article bounded as the corpus grows.
                    if (countOnly || te.docFreq() > LOOKUP_TERM_DOCS) continue;
                    int[] docs = new int[te.docFreq()];
                    org.apache.lucene.index.PostingsEnum pe = te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
                    int k = 0;
                    for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS && k < docs.length; d = pe.nextDoc()) {
                        docs[k++] = leaf.docBase + d;
                    }
                    postings.computeIfAbsent(term, x -> new ArrayList<>()).add(docs);
                }
            }
            Neighbours mem = recent.storyMates(terms, day, days, maxTermCount, indexCounts);
            Map<String, StoryMate> out = new LinkedHashMap<>();
            for (StoryMate m : mem.mates()) out.put(m.id(), m);
            java.util.HashMap<Integer, Integer> shared = new java.util.HashMap<>();
            for (String term : terms) {
                if (mem.termCounts().get(term) > maxTermCount) continue;
                for (int[] docs : postings.getOrDefault(term, List.of())) for (int d : docs) shared.merge(d, 1, Integer::sum);
            }
            if (day != null) dropOutside(shared, window(day, days), true);
            int[] best = shared.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_MATES).mapToInt(Map.Entry::getKey).toArray();
            for (int global : best) {
                LeafReaderContext leaf = leaf(global);
                int doc = global - leaf.docBase;
                String id = sortedValue(leaf, Schema.ID, doc);
                List<String> theirs = new ArrayList<>();
                SortedSetDocValues v = leaf.reader().getSortedSetDocValues(Schema.STORY_TERM);
                if (v != null && v.advanceExact(doc)) {
                    for (int i = 0; i < v.docValueCount(); i++) theirs.add(v.lookupOrd(v.nextOrd()).utf8ToString());
                }
                out.putIfAbsent(id, new StoryMate(id, sortedValue(leaf, Schema.STORY, doc), theirs));
            }
            return new Neighbours(new ArrayList<>(out.values()), mem.termCounts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents of this reader found as copy candidates, by article id: the copy chosen is read without a search. */
    private final Map<String, Integer> docOf = new java.util.HashMap<>();

    @Override
    public Optional<String> body(String articleId) {
        Optional<String> mem = recent.body(articleId);
        if (mem.isPresent()) return mem;
        try {
            Integer known = docOf.get(articleId);
            int doc;
            if (known != null) {
                doc = known;
            } else {
                ScoreDoc[] hit = searcher.search(new TermQuery(new Term(Schema.ID, articleId)), 1).scoreDocs;
                if (hit.length == 0) return Optional.empty();
                doc = hit[0].doc;
            }
            return Optional.ofNullable(reader.storedFields().document(doc, Set.of(Schema.BODY)).get(Schema.BODY));
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
