package io.pressroom.store;

import io.pressroom.json.ArticleJson;
import io.pressroom.model.Article;
import io.pressroom.model.PartialDateTime;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the index as of its last commit: search with filters and highlighted snippets, lookup by id,
 * export, statistics. Needs no lock, so it works while an ingest is running (showing the state of
 * that ingest's last commit). Thread-safe.
 */
public final class ArticleSearcher implements Closeable {
    private static final int SNIPPET_CHARS = 240;
    private static final int COUNT_EXACTLY_UP_TO = 100;
    private static final java.util.Set<String> ARTICLE_FIELDS = java.util.Set.of(Schema.JSON, Schema.BODY);
    private static final java.util.Set<String> HIT_FIELDS_WITH_BODY = java.util.Set.of(Schema.ID, Schema.HEADLINE, Schema.PUBLISHED,
            Schema.OUTLET_DISPLAY, Schema.AGENCY_DISPLAY, Schema.SOURCE, Schema.BODY);

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = Schema.analyzer();
    private final EntityIndex entities;
    /** Merged once per reader, for the highlighter. */
    private final org.apache.lucene.index.FieldInfos fieldInfos;

    private ArticleSearcher(Path dir, Directory directory, DirectoryReader reader) {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.entities = new EntityIndex(reader, searcher, analyzer);
        this.fieldInfos = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader);
    }

    /** The filter of a search by entity (an id or a name). */
    private static Query entityQuery(String nameOrId, String field) {
        return EntityIndex.query(nameOrId, field);
    }

    /** One entity across the corpus (a name, alias or id: "Kirby", "N. Korea", "person:john-kirby"), or empty. */
    public Optional<EntityProfile> entity(String name) throws IOException {
        return entities.profile(name);
    }

    /**
     * Dated events between two days (null: open), of one entity when {@code entity} is given, each event
     * once with all the articles that report it, in date order.
     */
    public List<TimelineEntry> timeline(String entity, java.time.LocalDate from, java.time.LocalDate to, int limit) throws IOException {
        return timeline(entity, null, from, to, limit);
    }

    /** The timeline of the articles that match a text query (every word, as in search) and, when given, name an entity. */
    public List<TimelineEntry> timeline(String entity, String query, java.time.LocalDate from, java.time.LocalDate to, int limit)
            throws IOException {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be 1..10000");
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from " + from + " is after to " + to);
        if (query != null && query.length() > SearchRequest.MAX_QUERY_LENGTH) throw new IllegalArgumentException("query too long");
        Query text = query == null || query.isBlank() ? null : parse(query.strip(), BooleanClause.Occur.MUST);
        return entities.timeline(entity, text, from, to, limit);
    }

    /** The most named people, organisations or places ({@code type}: person, organization, place), with their article counts. */
    public Map<String, Long> entities(String type, int limit) throws IOException {
        String field = switch (type) {
            case io.pressroom.model.Mention.PERSON -> Schema.PEOPLE;
            case io.pressroom.model.Mention.ORGANIZATION -> Schema.ORGANIZATIONS;
            case io.pressroom.model.Mention.PLACE -> Schema.PLACES;
            default -> throw new IllegalArgumentException("type must be person, organization or place");
        };
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be 1..1000");
        return topN(countValues(new MatchAllDocsQuery(), field), limit);
    }

    public static ArticleSearcher open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new NoIndexException(dir);
        Directory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new NoIndexException(dir);
        }
        return new ArticleSearcher(dir, directory, DirectoryReader.open(directory));
    }

    /** False once a newer commit exists than the one this searcher reads. */
    public boolean isCurrent() throws IOException {
        return reader.isCurrent();
    }

    public Path dir() {
        return dir;
    }

    public int size() {
        return reader.numDocs();
    }

    /** The text query with the request's filters (dates, outlet, agency, speaker). */
    private Query filtered(SearchRequest r, Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, text instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        // An article matches when its stated publication period overlaps [from, to] (page calendar).
        if (r.from() != null) {
            b.add(LongPoint.newRangeQuery(Schema.PUBLISHED_MAX, r.from().localEarliestMillis(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (r.to() != null) {
            b.add(LongPoint.newRangeQuery(Schema.PUBLISHED_MIN, Long.MIN_VALUE, r.to().localLatestMillis()), BooleanClause.Occur.FILTER);
        }
        if (r.outlet() != null) b.add(new TermQuery(new Term(Schema.OUTLET, Schema.keyword(r.outlet()))), BooleanClause.Occur.FILTER);
        if (r.agency() != null) b.add(new TermQuery(new Term(Schema.AGENCY, Schema.keyword(r.agency()))), BooleanClause.Occur.FILTER);
        if (r.speaker() != null) b.add(new TermQuery(new Term(Schema.SPEAKER, Schema.keyword(r.speaker()))), BooleanClause.Occur.FILTER);
        if (r.entity() != null) b.add(entityQuery(r.entity(), Schema.ENTITY), BooleanClause.Occur.FILTER);
        if (!r.allCopies()) b.add(new TermQuery(new Term(Schema.IS_COPY, "true")), BooleanClause.Occur.MUST_NOT);
        return b.build();
    }

    /**
     * Runs a search. Every word must match (as people expect of a search box); when that finds
     * nothing, any word may match, ranked by BM25, and the result says so.
     */
    public SearchResult search(SearchRequest r) throws IOException {
        SearchResult strict = search(r, BooleanClause.Occur.MUST);
        if (strict.total() > 0 || r.query().isBlank() || !r.query().contains(" ")) return strict;
        SearchResult relaxed = search(r, BooleanClause.Occur.SHOULD);
        return new SearchResult(relaxed.total(), relaxed.totalExact(), relaxed.hits(), strict.tookMillis() + relaxed.tookMillis(), false);
    }

    private SearchResult search(SearchRequest r, BooleanClause.Occur operator) throws IOException {
        long t0 = System.nanoTime();
        Query text = parse(r.query(), operator);
        Query query = filtered(r, text);
        int n = r.offset() + r.limit();
        TopDocs top = switch (r.order()) {
            case RELEVANCE -> text instanceof MatchAllDocsQuery
                    ? searcher.search(query, n, new Sort(newest(true)))
                    // Exact counts up to 100 hits; beyond that "at least", which lets Lucene skip
                    // blocks that cannot make the top n (block-max WAND) and keeps searches fast.
                    : searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(n, null, COUNT_EXACTLY_UP_TO));
            case NEWEST -> searcher.search(query, n, new Sort(newest(true), SortField.FIELD_SCORE));
            case OLDEST -> searcher.search(query, n, new Sort(newest(false), SortField.FIELD_SCORE));
        };
        ScoreDoc[] page = top.scoreDocs.length <= r.offset() ? new ScoreDoc[0]
                : java.util.Arrays.copyOfRange(top.scoreDocs, r.offset(), top.scoreDocs.length);

        // Each hit's stored document is read once: the result-list fields and the body the snippet is cut from.
        StoredFields stored = reader.storedFields();
        Document[] docs = new Document[page.length];
        Map<Integer, String> bodies = new java.util.HashMap<>();
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, HIT_FIELDS_WITH_BODY);
            bodies.put(page[i].doc, docs[i].get(Schema.BODY));
        }
        Map<String, Object[]> snippets = Map.of();
        if (page.length > 0 && !(text instanceof MatchAllDocsQuery)) {
            SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(1 << 20)
                    .withBreakIterator(() -> new SentenceWindow(SNIPPET_CHARS)), fieldInfos, bodies);
            int[] ids = new int[page.length];
            for (int i = 0; i < page.length; i++) ids[i] = page[i].doc;
            // The highlighter wants doc ids in order; it returns results in the order given.
            snippets = highlighter.snippets(new String[] {Schema.BODY}, query, ids, new int[] {1});
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Object s = snippets.isEmpty() ? null : snippets.get(Schema.BODY)[i];
            Document d = docs[i];
            Snippet snippet = s instanceof Snippet sn ? sn : lead(d.get(Schema.BODY));
            hits.add(new SearchHit(d.get(Schema.ID), Float.isNaN(page[i].score) ? 0f : page[i].score, d.get(Schema.HEADLINE),
                    d.get(Schema.PUBLISHED), d.get(Schema.OUTLET_DISPLAY), d.get(Schema.AGENCY_DISPLAY), d.get(Schema.SOURCE), snippet,
                    reader.docFreq(new Term(Schema.DUPLICATE_OF, d.get(Schema.ID)))));
        }
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        return new SearchResult(top.totalHits.value, exact, hits, (System.nanoTime() - t0) / 1_000_000, true);
    }

    /**
     * Quotations by speaker and words, newest first (by date said, else publication). Articles are
     * found through the index (speaker and quote-text fields); the quotations inside them are then
     * checked one by one, so each hit really has the speaker and every word asked for.
     */
    public List<QuoteHit> searchQuotes(QuoteRequest r) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> nameWords = r.speaker() == null ? List.of() : analyze(Schema.SPEAKER_WORDS, r.speaker());
        for (String w : nameWords) b.add(new TermQuery(new Term(Schema.SPEAKER_WORDS, w)), BooleanClause.Occur.FILTER);
        List<String> words = r.query().isBlank() ? List.of() : analyze(Schema.QUOTE_TEXT, r.query());
        for (String w : words) b.add(new TermQuery(new Term(Schema.QUOTE_TEXT, w)), BooleanClause.Occur.FILTER);
        if (r.from() != null) {
            b.add(LongPoint.newRangeQuery(Schema.PUBLISHED_MAX, r.from().localEarliestMillis(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (r.to() != null) {
            b.add(LongPoint.newRangeQuery(Schema.PUBLISHED_MIN, Long.MIN_VALUE, r.to().localLatestMillis()), BooleanClause.Occur.FILTER);
        }
        if (nameWords.isEmpty() && words.isEmpty()) b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        TopDocs top = searcher.search(b.build(), 10_000, new Sort(newest(true)));
        StoredFields stored = reader.storedFields();
        List<QuoteHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Article a = article(stored.document(sd.doc, ARTICLE_FIELDS));
            for (io.pressroom.model.Quote q : a.quotes()) {
                if (!nameWords.isEmpty() && (q.speaker() == null || !analyze(Schema.SPEAKER_WORDS, q.speaker()).containsAll(nameWords))) continue;
                if (!words.isEmpty() && !analyze(Schema.QUOTE_TEXT, a.text(q.content())).containsAll(words)) continue;
                hits.add(new QuoteHit(a, q));
            }
        }
        hits.sort(java.util.Comparator.comparing((QuoteHit h) -> h.when() == null ? "" : h.when()).reversed());
        return hits.size() > r.limit() ? List.copyOf(hits.subList(0, r.limit())) : hits;
    }

    /** The most quoted speakers with their number of articles. */
    public Map<String, Long> speakers() throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.SortedSetDocValues v = leaf.reader().getSortedSetDocValues(Schema.SPEAKER);
            if (v == null) continue;
            long[] perOrd = new long[(int) v.getValueCount()];
            while (v.nextDoc() != org.apache.lucene.index.SortedSetDocValues.NO_MORE_DOCS) {
                for (int i = 0; i < v.docValueCount(); i++) perOrd[(int) v.nextOrd()]++;
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) counts.merge(v.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
            }
        }
        return counts;
    }

    private List<String> analyze(String field, String text) throws IOException {
        return Schema.terms(analyzer, field, text);
    }

    /**
     * Outlet, agency, speaker, people, organisation, place and publication-month counts over the
     * articles a search matches. Counted by ordinal (per segment for outlets and agencies, by global
     * ordinal for the many-valued names): no string per matching document.
     */
    public Facets facets(SearchRequest r, int top) throws IOException {
        Query query = filtered(r, parse(r.query(), BooleanClause.Occur.MUST));
        Map<String, Long> outlets = new TreeMap<>();
        Map<String, Long> agencies = new TreeMap<>();
        Map<String, Long> months = new TreeMap<>();
        List<GlobalOrdinals> names = List.of(ordinals(Schema.SPEAKER), ordinals(Schema.PEOPLE), ordinals(Schema.ORGANIZATIONS),
                ordinals(Schema.PLACES));
        long[][] nameCounts = new long[names.size()][];
        for (int f = 0; f < names.size(); f++) nameCounts[f] = new long[(int) names.get(f).valueCount()];
        searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
            private SortedDocValues outlet;
            private SortedDocValues agency;
            private org.apache.lucene.index.NumericDocValues published;
            private long[] outletCounts;
            private long[] agencyCounts;
            private final long[] monthCounts = new long[MONTHS];
            private final org.apache.lucene.index.SortedSetDocValues[] values = new org.apache.lucene.index.SortedSetDocValues[names.size()];
            private final org.apache.lucene.util.LongValues[] toGlobal = new org.apache.lucene.util.LongValues[names.size()];

            @Override
            protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                flush();
                outlet = ctx.reader().getSortedDocValues(Schema.OUTLET);
                agency = ctx.reader().getSortedDocValues(Schema.AGENCY);
                published = ctx.reader().getNumericDocValues(Schema.PUBLISHED_SORT);
                outletCounts = outlet == null ? null : new long[outlet.getValueCount()];
                agencyCounts = agency == null ? null : new long[agency.getValueCount()];
                for (int f = 0; f < names.size(); f++) {
                    values[f] = ctx.reader().getSortedSetDocValues(names.get(f).field());
                    toGlobal[f] = names.get(f).toGlobal(ctx);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                if (outlet != null && outlet.advanceExact(doc)) outletCounts[outlet.ordValue()]++;
                if (agency != null && agency.advanceExact(doc)) agencyCounts[agency.ordValue()]++;
                for (int f = 0; f < values.length; f++) {
                    org.apache.lucene.index.SortedSetDocValues v = values[f];
                    if (v == null || !v.advanceExact(doc)) continue;
                    long[] counts = nameCounts[f];
                    org.apache.lucene.util.LongValues map = toGlobal[f];
                    for (int i = 0; i < v.docValueCount(); i++) {
                        long ord = v.nextOrd();
                        counts[(int) (map == null ? ord : map.get(ord))]++;
                    }
                }
                if (published != null && published.advanceExact(doc)) {
                    int m = monthIndex(Math.floorDiv(published.longValue(), 86_400_000L));
                    if (m >= 0 && m < MONTHS) monthCounts[m]++;
                }
            }

            private void flush() throws IOException {
                merge(outlet, outletCounts, outlets);
                merge(agency, agencyCounts, agencies);
                outlet = null;
                agency = null;
            }

            private void merge(SortedDocValues v, long[] counts, Map<String, Long> into) throws IOException {
                if (v == null) return;
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) into.merge(v.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                }
            }

            @Override
            public void finish() throws IOException {
                flush();
                for (int m = 0; m < MONTHS; m++) {
                    if (monthCounts[m] > 0) {
                        months.merge(String.format("%04d-%02d", FIRST_YEAR + m / 12, m % 12 + 1), monthCounts[m], Long::sum);
                        monthCounts[m] = 0;
                    }
                }
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        List<Map<String, Long>> ranked = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            Map<String, Long> into = new TreeMap<>();
            names.get(f).top(nameCounts[f], top, into);
            ranked.add(topN(into, top));
        }
        return new Facets(topN(outlets, top), topN(agencies, top), ranked.get(0), months, ranked.get(1), ranked.get(2), ranked.get(3));
    }

    /**
     * Term trends: for each query, matching articles per interval ("day", "month" or "year"), with the
     * dated total per interval; split by "outlet" or "speaker" when asked (null: no split).
     */
    public Trend trend(List<String> queries, String interval, String split, PartialDateTime from, PartialDateTime to) throws IOException {
        if (!List.of("day", "month", "year").contains(interval)) throw new IllegalArgumentException("interval must be day, month or year");
        if (split != null && !List.of("outlet", "speaker").contains(split)) throw new IllegalArgumentException("split must be outlet or speaker");
        SearchRequest all = new SearchRequest("", from, to, null, null, 0, 1, SearchRequest.Order.RELEVANCE);
        Map<String, Long> totals = new TreeMap<>();
        countByBucket(filtered(all, new MatchAllDocsQuery()), interval, null, (b, v) -> totals.merge(b, 1L, Long::sum));
        Map<String, Map<String, Long>> series = new java.util.LinkedHashMap<>();
        for (String q : queries) {
            if (q.isBlank()) continue;
            SearchRequest r = new SearchRequest(q, from, to, null, null, 0, 1, SearchRequest.Order.RELEVANCE);
            countByBucket(filtered(r, parse(r.query(), BooleanClause.Occur.MUST)), interval, split,
                    (b, v) -> series.computeIfAbsent(v == null ? q : q + " | " + v, k -> new TreeMap<>()).merge(b, 1L, Long::sum));
        }
        List<String> intervals = fill(totals.keySet(), interval);
        long[] t = new long[intervals.size()];
        for (int i = 0; i < t.length; i++) t[i] = totals.getOrDefault(intervals.get(i), 0L);
        Map<String, long[]> out = new java.util.LinkedHashMap<>();
        for (var e : series.entrySet()) {
            long[] c = new long[intervals.size()];
            for (int i = 0; i < c.length; i++) c[i] = e.getValue().getOrDefault(intervals.get(i), 0L);
            out.put(e.getKey(), c);
        }
        return new Trend(interval, intervals, t, out);
    }

    private void countByBucket(Query query, String interval, String split, java.util.function.BiConsumer<String, String> sink) throws IOException {
        searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
            private org.apache.lucene.index.NumericDocValues published;
            private SortedDocValues outlet;
            private org.apache.lucene.index.SortedSetDocValues speaker;

            @Override
            protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                published = ctx.reader().getNumericDocValues(Schema.PUBLISHED_SORT);
                outlet = ctx.reader().getSortedDocValues(Schema.OUTLET);
                speaker = ctx.reader().getSortedSetDocValues(Schema.SPEAKER);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (published == null || !published.advanceExact(doc)) return;
                String b = bucket(published.longValue(), interval);
                if ("outlet".equals(split)) {
                    sink.accept(b, outlet != null && outlet.advanceExact(doc) ? outlet.lookupOrd(outlet.ordValue()).utf8ToString() : "(unknown)");
                } else if ("speaker".equals(split)) {
                    if (speaker != null && speaker.advanceExact(doc)) {
                        for (int i = 0; i < speaker.docValueCount(); i++) sink.accept(b, speaker.lookupOrd(speaker.nextOrd()).utf8ToString());
                    }
                } else {
                    sink.accept(b, null);
                }
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
    }

    /** Global ordinals of a many-valued name field, built once per reader. */
    private final Map<String, GlobalOrdinals> globalOrdinals = new java.util.concurrent.ConcurrentHashMap<>();

    private GlobalOrdinals ordinals(String field) throws IOException {
        GlobalOrdinals g = globalOrdinals.get(field);
        if (g == null) {
            synchronized (globalOrdinals) {
                g = globalOrdinals.get(field);
                if (g == null) {
                    g = GlobalOrdinals.of(reader, field);
                    globalOrdinals.put(field, g);
                }
            }
        }
        return g;
    }

    private static final int FIRST_YEAR = 1800;
    private static final int MONTHS = 400 * 12;

    /**
     * Months since January 1800 for a day number (days since 1970-01-01), in integer arithmetic: the
     * civil-from-days algorithm of H. Hinnant, so that counting a histogram allocates nothing.
     */
    static int monthIndex(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return (int) ((year - FIRST_YEAR) * 12 + (month - 1));
    }

    private static String bucket(long epochMillis, String interval) {
        java.time.LocalDate d = java.time.Instant.ofEpochMilli(epochMillis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return switch (interval) {
            case "day" -> d.toString();
            case "year" -> String.valueOf(d.getYear());
            default -> d.toString().substring(0, 7);
        };
    }

    /** Every interval between the first and last, so that a chart shows empty intervals as zero. */
    private static List<String> fill(java.util.Set<String> present, String interval) {
        if (present.isEmpty()) return List.of();
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(present));
        String first = sorted.get(0);
        String last = sorted.get(sorted.size() - 1);
        List<String> out = new ArrayList<>();
        switch (interval) {
            case "year" -> {
                for (int y = Integer.parseInt(first); y <= Integer.parseInt(last); y++) out.add(String.valueOf(y));
            }
            case "day" -> {
                java.time.LocalDate a = java.time.LocalDate.parse(first);
                java.time.LocalDate b = java.time.LocalDate.parse(last);
                if (java.time.temporal.ChronoUnit.DAYS.between(a, b) > 20_000) return sorted;
                for (java.time.LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) out.add(d.toString());
            }
            default -> {
                java.time.YearMonth a = java.time.YearMonth.parse(first);
                java.time.YearMonth b = java.time.YearMonth.parse(last);
                for (java.time.YearMonth m = a; !m.isAfter(b); m = m.plusMonths(1)) out.add(m.toString());
            }
        }
        return out;
    }

    private static Map<String, Long> topN(Map<String, Long> counts, int n) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Free text to a Lucene query; user syntax errors cannot happen with the simple parser. */
    private Query parse(String q, BooleanClause.Occur operator) {
        if (q.isBlank() || q.equals("*")) return new MatchAllDocsQuery();
        SimpleQueryParser p = new SimpleQueryParser(analyzer, Map.of(Schema.HEADLINE, 2.0f, Schema.BODY, 1.0f));
        p.setDefaultOperator(operator);
        Query parsed = p.parse(q);
        // A query of only stop words ("the") parses to nothing: match nothing rather than fail.
        return parsed == null ? new BooleanQuery.Builder().build() : parsed;
    }

    static SortField newest(boolean reverse) {
        SortField f = new SortField(Schema.PUBLISHED_SORT, SortField.Type.LONG, reverse);
        // Undated articles go last in both orders.
        f.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    private static Snippet lead(String body) {
        int end = Math.min(body.length(), SNIPPET_CHARS);
        int para = body.indexOf("\n\n");
        if (para > 0 && para < end) end = para;
        else if (end < body.length()) {
            int space = body.lastIndexOf(' ', end);
            if (space > SNIPPET_CHARS / 2) end = space;
        }
        return new Snippet(body.substring(0, end), List.of(), false, end < body.length());
    }

    private static Article article(Document d) {
        return ArticleJson.read(d.get(Schema.JSON), d.get(Schema.BODY));
    }

    public Optional<Article> get(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
        if (top.scoreDocs.length == 0) return Optional.empty();
        return Optional.of(article(reader.storedFields().document(top.scoreDocs[0].doc, ARTICLE_FIELDS)));
    }

    /** The near-copies of an article (the articles whose canonical copy it is), first ingested first. */
    public List<Article> copiesOf(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.DUPLICATE_OF, id)), 1000, Sort.INDEXORDER);
        List<Article> out = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : top.scoreDocs) out.add(article(stored.document(sd.doc, ARTICLE_FIELDS)));
        return out;
    }

    /**
     * Statements: quotations linked across articles, most reported first. {@code speaker} (words of the
     * name) narrows them; only statements with at least {@code minReports} reports are listed.
     */
    public List<Statement> statements(String speaker, int minReports, int limit) throws IOException {
        Query q = new MatchAllDocsQuery();
        List<String> nameWords = speaker == null ? List.of() : analyze(Schema.SPEAKER_WORDS, speaker);
        if (!nameWords.isEmpty()) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String w : nameWords) b.add(new TermQuery(new Term(Schema.SPEAKER_WORDS, w)), BooleanClause.Occur.FILTER);
            q = b.build();
        }
        Map<String, Long> counts = countValues(q, Schema.STATEMENT);
        List<String> ids = counts.entrySet().stream().filter(e -> e.getValue() >= minReports)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        List<Statement> out = new ArrayList<>();
        for (String id : ids) {
            Statement st = statement(id).orElse(null);
            if (st == null) continue;
            if (!nameWords.isEmpty() && (st.speaker() == null || !analyze(Schema.SPEAKER_WORDS, st.speaker()).containsAll(nameWords))) continue;
            out.add(st);
        }
        return out;
    }

    /** One statement with every report of it. */
    public Optional<Statement> statement(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.STATEMENT, id)), 10_000);
        if (top.scoreDocs.length == 0) return Optional.empty();
        StoredFields stored = reader.storedFields();
        List<Statement.Report> reports = new ArrayList<>();
        Map<String, Integer> speakers = new TreeMap<>();
        String wording = null;
        for (ScoreDoc sd : top.scoreDocs) {
            Article a = article(stored.document(sd.doc, ARTICLE_FIELDS));
            for (int i = 0; i < a.quotes().size(); i++) {
                if (!id.equals(a.links().statement(i))) continue;
                io.pressroom.model.Quote q = a.quotes().get(i);
                String text = a.text(q.content());
                if (q.speaker() != null) speakers.merge(q.speaker(), 1, Integer::sum);
                if (wording == null || text.length() > wording.length()) wording = text;
                reports.add(new Statement.Report(a.id(), a.outlet(), a.published() == null ? null : a.published().toString(),
                        a.headline(), text, a.links().variant(i) == null ? "first" : a.links().variant(i),
                        q.saidOn() == null ? null : q.saidOn().toString(), a.links().duplicateOf() != null));
            }
        }
        if (reports.isEmpty()) return Optional.empty();
        reports.sort(java.util.Comparator.comparing((Statement.Report r) -> r.published() == null ? "~" : r.published()));
        String speaker = speakers.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return Optional.of(new Statement(id, speaker, wording, reports));
    }

    /**
     * How many matching articles hold each value of a keyword doc-values field (single-valued fields are
     * read through the same sorted-set view).
     */
    private Map<String, Long> countValues(Query query, String field) throws IOException {
        Map<String, Long> counts = new java.util.HashMap<>();
        searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
            private org.apache.lucene.index.SortedSetDocValues v;

            @Override
            protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                v = org.apache.lucene.index.DocValues.getSortedSet(ctx.reader(), field);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!v.advanceExact(doc)) return;
                for (int i = 0; i < v.docValueCount(); i++) counts.merge(v.lookupOrd(v.nextOrd()).utf8ToString(), 1L, Long::sum);
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return counts;
    }

    /** The values a document holds in a sorted-set doc-values field. */
    private List<String> values(int globalDoc, String field) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(globalDoc, reader.leaves()));
        org.apache.lucene.index.SortedSetDocValues v = org.apache.lucene.index.DocValues.getSortedSet(leaf.reader(), field);
        List<String> out = new ArrayList<>();
        if (v.advanceExact(globalDoc - leaf.docBase)) {
            for (int i = 0; i < v.docValueCount(); i++) out.add(v.lookupOrd(v.nextOrd()).utf8ToString());
        }
        return out;
    }

    /** Stories with articles published in [from, to] (either may be null), largest first. */
    public List<Story> stories(PartialDateTime from, PartialDateTime to, int minArticles, int limit) throws IOException {
        SearchRequest r = new SearchRequest("", from, to, null, null, null, 0, 1, SearchRequest.Order.RELEVANCE, true);
        Map<String, Long> counts = countValues(filtered(r, new MatchAllDocsQuery()), Schema.STORY);
        List<Story> out = new ArrayList<>();
        for (String id : counts.entrySet().stream().filter(e -> e.getValue() >= minArticles)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList()) {
            story(id).ifPresent(out::add);
        }
        return out;
    }

    /** One story: its articles, date span, names and speakers. */
    public Optional<Story> story(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.STORY, id)), 10_000, new Sort(newest(false)));
        if (top.scoreDocs.length == 0) return Optional.empty();
        StoredFields stored = reader.storedFields();
        Map<String, Integer> names = new java.util.HashMap<>();
        Map<String, Integer> speakers = new java.util.HashMap<>();
        List<String> ids = new ArrayList<>();
        String headline = null;
        String first = null;
        String last = null;
        for (ScoreDoc sd : top.scoreDocs) {
            Article a = article(stored.document(sd.doc, ARTICLE_FIELDS));
            if (ids.size() < 100) ids.add(a.id());
            if (headline == null && a.headline() != null) headline = a.headline();
            if (a.published() != null) {
                String day = a.published().date() != null ? a.published().date().toString() : a.published().toString();
                if (first == null || day.compareTo(first) < 0) first = day;
                if (last == null || day.compareTo(last) > 0) last = day;
            }
            // The names each article was clustered on, as stored when it was linked.
            for (String t : values(sd.doc, Schema.STORY_TERM)) names.merge(t, 1, Integer::sum);
            a.quotes().stream().map(io.pressroom.model.Quote::speaker).filter(java.util.Objects::nonNull).distinct()
                    .forEach(sp -> speakers.merge(sp, 1, Integer::sum));
        }
        return Optional.of(new Story(id, headline, first, last, top.scoreDocs.length, ranked(names, 8), ranked(speakers, 8), ids));
    }

    static List<String> ranked(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    /** Ids that start with a prefix (for short ids typed by hand), at most {@code max}. */
    public List<String> idsWithPrefix(String prefix, int max) throws IOException {
        List<String> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            var terms = leaf.reader().terms(Schema.ID);
            if (terms == null) continue;
            var it = terms.iterator();
            if (it.seekCeil(new BytesRef(prefix)) == org.apache.lucene.index.TermsEnum.SeekStatus.END) continue;
            for (BytesRef t = it.term(); t != null && out.size() < max; t = it.next()) {
                String s = t.utf8ToString();
                if (!s.startsWith(prefix)) break;
                out.add(s);
            }
        }
        return out;
    }

    /** Every article, in index order. */
    public void forEach(Consumer<Article> consumer) throws IOException {
        StoredFields stored = reader.storedFields();
        var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int i = 0; i < reader.maxDoc(); i++) {
            if (live != null && !live.get(i)) continue;
            consumer.accept(article(stored.document(i, ARTICLE_FIELDS)));
        }
    }

    public IndexStats stats() throws IOException {
        long withDate = 0;
        Long min = null;
        Long max = null;
        Map<String, Long> agencies = new TreeMap<>();
        Map<String, Long> outlets = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            PointValues pv = leaf.reader().getPointValues(Schema.PUBLISHED_MIN);
            if (pv != null) {
                withDate += pv.getDocCount();
                long lo = LongPoint.decodeDimension(pv.getMinPackedValue(), 0);
                min = min == null ? lo : Math.min(min, lo);
            }
            PointValues pvMax = leaf.reader().getPointValues(Schema.PUBLISHED_MAX);
            if (pvMax != null) {
                long hi = LongPoint.decodeDimension(pvMax.getMaxPackedValue(), 0);
                max = max == null ? hi : Math.max(max, hi);
            }
            count(leaf.reader().getSortedDocValues(Schema.AGENCY), agencies);
            count(leaf.reader().getSortedDocValues(Schema.OUTLET), outlets);
        }
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) bytes += Files.size(p);
        }
        return new IndexStats(reader.numDocs(), withDate, localTime(min), localTime(max), agencies, outlets, speakers(), bytes);
    }

    /** Page-calendar milliseconds back to a wall-clock time ("2022-01-22T04:19"). */
    private static String localTime(Long millis) {
        if (millis == null) return null;
        return java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, java.time.ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }

    private static void count(SortedDocValues values, Map<String, Long> into) throws IOException {
        if (values == null) return;
        long[] perOrd = new long[values.getValueCount()];
        while (values.nextDoc() != SortedDocValues.NO_MORE_DOCS) perOrd[values.ordValue()]++;
        for (int ord = 0; ord < perOrd.length; ord++) {
            if (perOrd[ord] > 0) into.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
