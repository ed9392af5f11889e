package io.pressroom.store;

import io.pressroom.entity.EntityNames;
import io.pressroom.json.ArticleJson;
import io.pressroom.model.Article;
import io.pressroom.model.Event;
import io.pressroom.model.Mention;
import io.pressroom.model.Quote;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Entity pages and the timeline, read from the index: which entity a typed name means, its aliases
 * and roles over time, and the dated events of many articles folded into one entry per event.
 */
final class EntityIndex {
    /**
     * Articles read for one entity page or timeline. An entity named in more articles gets its article count
     * and its first and last days exactly, and its aliases, roles and quotations from the earliest and the
     * latest half of this many (so the role history covers both ends), which the page states.
     */
    static final int MAX_ARTICLES = 10_000;
    /** Two reports of one date are the same event when their sentences share this much of their words. */
    private static final double SAME_EVENT_OVERLAP = 0.3;
    private static final Set<String> ARTICLE_FIELDS = Set.of(Schema.JSON, Schema.BODY);

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    private final int maxArticles;

    EntityIndex(IndexReader reader, IndexSearcher searcher, Analyzer analyzer) {
        this(reader, searcher, analyzer, MAX_ARTICLES);
    }

    /** With a smaller reading limit, so tests can pass it with a handful of articles. */
    EntityIndex(IndexReader reader, IndexSearcher searcher, Analyzer analyzer, int maxArticles) {
        this.reader = reader;
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.maxArticles = maxArticles;
    }

    /** A filter on the entity ids a name or id may denote. */
    static Query query(String nameOrId, String field) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String id : EntityNames.ids(nameOrId)) b.add(new TermQuery(new Term(field, id)), BooleanClause.Occur.SHOULD);
        return new ConstantScoreQuery(b.build());
    }

    /**
     * The entity a typed name means: an exact name, alias or id first (the most named type wins), else
     * the entity most often written with all of the name's words ("Kirby" → John Kirby).
     */
    Optional<String> resolve(String name) throws IOException {
        String best = null;
        int bestCount = 0;
        for (String id : EntityNames.ids(name)) {
            int n = reader.docFreq(new Term(Schema.ENTITY, id));
            if (n > bestCount) {
                best = id;
                bestCount = n;
            }
        }
        if (best != null) return Optional.of(best);
        List<String> words = words(name);
        if (words.isEmpty()) return Optional.empty();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) b.add(new TermQuery(new Term(Schema.ENTITY_WORDS, w)), BooleanClause.Occur.FILTER);
        TopDocs top = searcher.search(b.build(), 200);
        Map<String, Integer> counts = new HashMap<>();
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Article a = article(stored.document(sd.doc, ARTICLE_FIELDS));
            Set<String> seen = new HashSet<>();
            for (Mention m : a.entities()) {
                if ((words(m.name()).containsAll(words) || words(a.text(m.span())).containsAll(words)) && seen.add(m.entityId())) {
                    counts.merge(m.entityId(), 1, Integer::sum);
                }
            }
        }
        List<String> ranked = ArticleSearcher.ranked(counts, 1);
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    Optional<EntityProfile> profile(String name) throws IOException {
        Optional<String> resolved = resolve(name);
        if (resolved.isEmpty()) return Optional.empty();
        String id = resolved.get();
        Query named = new TermQuery(new Term(Schema.ENTITY, id));
        int total = searcher.count(named);
        if (total == 0) return Optional.empty();
        List<ScoreDoc> read = new ArrayList<>();
        if (total <= maxArticles) {
            read.addAll(List.of(searcher.search(named, maxArticles, oldestFirst()).scoreDocs));
        } else {
            // The earliest and the latest articles: the first and last days and both ends of the role history.
            Set<Integer> seen = new HashSet<>();
            for (ScoreDoc sd : searcher.search(named, maxArticles - maxArticles / 2, oldestFirst()).scoreDocs) {
                if (seen.add(sd.doc)) read.add(sd);
            }
            for (ScoreDoc sd : searcher.search(named, maxArticles / 2, newestFirst()).scoreDocs) {
                if (seen.add(sd.doc)) read.add(sd);
            }
        }
        StoredFields stored = reader.storedFields();
        String canonical = null;
        String type = null;
        Map<String, Integer> aliases = new HashMap<>();
        Map<String, String[]> roleDays = new java.util.LinkedHashMap<>();
        Map<String, Integer> roleArticles = new HashMap<>();
        Map<String, Integer> related = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int quotes = 0;
        String first = null, last = null;
        for (ScoreDoc sd : read) {
            Article a = article(stored.document(sd.doc, ARTICLE_FIELDS));
            if (ids.size() < 100) ids.add(a.id());
            String day = day(a);
            if (day != null) {
                if (first == null || day.compareTo(first) < 0) first = day;
                if (last == null || day.compareTo(last) > 0) last = day;
            }
            Set<String> rolesHere = new HashSet<>();
            Set<String> othersHere = new HashSet<>();
            for (Mention m : a.entities()) {
                if (!m.entityId().equals(id)) {
                    if (!m.type().equals(Mention.MISC)) othersHere.add(m.name());
                    continue;
                }
                canonical = m.name();
                type = m.type();
                aliases.merge(a.text(m.span()).replaceAll("\\s+", " "), 1, Integer::sum);
                if (m.role() != null) rolesHere.add(m.role().replaceAll("\\s+", " "));
            }
            for (String r : rolesHere) {
                String key = r.toLowerCase(Locale.ROOT);
                String[] span = roleDays.computeIfAbsent(key, k -> new String[] {r, null, null});
                if (day != null && (span[1] == null || day.compareTo(span[1]) < 0)) span[1] = day;
                if (day != null && (span[2] == null || day.compareTo(span[2]) > 0)) span[2] = day;
                roleArticles.merge(key, 1, Integer::sum);
            }
            for (String o : othersHere) related.merge(o, 1, Integer::sum);
            for (Quote q : a.quotes()) if (canonical != null && canonical.equals(q.speaker())) quotes++;
        }
        String finalName = canonical;
        aliases.remove(canonical);
        List<EntityProfile.Role> roles = new ArrayList<>();
        for (Map.Entry<String, String[]> e : roleDays.entrySet()) {
            roles.add(new EntityProfile.Role(e.getValue()[0], e.getValue()[1], e.getValue()[2], roleArticles.get(e.getKey())));
        }
        roles.sort(java.util.Comparator.comparing((EntityProfile.Role r) -> r.first() == null ? "" : r.first())
                .thenComparing(r -> -r.articles()));
        related.remove(finalName);
        return Optional.of(new EntityProfile(id, canonical, type, ArticleSearcher.ranked(aliases, 20), roles, total, read.size(),
                quotes, first, last, ArticleSearcher.ranked(related, 10), ids));
    }

    /**
     * Dated events between two days (either may be null), of one entity when a name is given, the
     * same event in several articles folded into one entry; in date order, the earliest {@code limit}.
     * <p>
     * More articles may match than can be read at once: then they are read in windows of event days, each window
     * as wide as {@code maxArticles} articles allow, from the earliest day on, until {@code limit} entries are
     * complete. An entry's every report is read, whatever the order the articles were published in; only a single
     * day with more than {@code maxArticles} matching articles is read in part.
     */
    List<TimelineEntry> timeline(String entity, Query text, LocalDate from, LocalDate to, int limit) throws IOException {
        int lo = from == null ? 0 : EventDays.day(from);
        int hi = to == null ? 99_991_231 : EventDays.day(to);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (text != null) b.add(text, BooleanClause.Occur.FILTER);
        String actorName = null;
        if (entity != null) {
            Optional<String> id = resolve(entity);
            if (id.isEmpty()) return List.of();
            b.add(new TermQuery(new Term(Schema.EVENT_ACTOR, id.get())), BooleanClause.Occur.FILTER);
            actorName = nameOf(id.get());
        }
        BooleanQuery built = b.build();
        Query filters = built.clauses().isEmpty() ? new org.apache.lucene.search.MatchAllDocsQuery() : built;
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> byValue = new HashMap<>();
        // The first window also takes events that began before the first day and reach into it ("2017" from June on).
        for (int windowStart = lo, floor = Integer.MIN_VALUE; windowStart <= hi; ) {
            int windowEnd = widestWindow(filters, windowStart, hi);
            TopDocs top = searcher.search(withEventDays(filters, windowStart, windowEnd), maxArticles, oldestFirst());
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Article a = article(stored.document(sd.doc, ARTICLE_FIELDS));
                for (Event e : a.events()) {
                    int[] days = EventDays.of(e.value());
                    if (days == null || days[1] < lo || days[0] > windowEnd || days[0] < floor) continue;
                    if (actorName != null && !e.actors().contains(actorName)) continue;
                    Set<String> words = new HashSet<>(words(a.text(e.sentence())));
                    words.removeAll(words(a.text(e.time())));
                    Group g = null;
                    for (Group c : byValue.getOrDefault(e.value(), List.of())) {
                        if (overlap(c.words, words) >= SAME_EVENT_OVERLAP && shareActor(c.actors, e.actors())) {
                            g = c;
                            break;
                        }
                    }
                    if (g == null) {
                        g = new Group(e.value(), e.precision(), a.text(e.sentence()).replaceAll("\\s+", " "), words);
                        groups.add(g);
                        byValue.computeIfAbsent(e.value(), k -> new ArrayList<>()).add(g);
                    }
                    g.actors.addAll(e.actors());
                    g.sources.add(new TimelineEntry.Source(a.id(), a.headline(), a.outlet(),
                            a.published() == null ? null : a.published().toString(), e.sentence().start(), e.sentence().end(),
                            e.time().start(), e.time().end()));
                }
            }
            // Every event begun by windowEnd is now complete, and all later ones sort after them.
            if (groups.size() >= limit || windowEnd >= hi) break;
            floor = windowEnd + 1;
            windowStart = floor;
        }
        groups.sort(java.util.Comparator.comparing((Group g) -> g.value).thenComparing(g -> -g.sources.size()));
        List<TimelineEntry> out = new ArrayList<>();
        for (Group g : groups) {
            if (out.size() >= limit) break;
            out.add(new TimelineEntry(g.value, g.precision, g.text, List.copyOf(g.actors), List.copyOf(g.sources)));
        }
        return out;
    }

    private static Query withEventDays(Query filters, int from, int to) {
        return new BooleanQuery.Builder()
                .add(filters, BooleanClause.Occur.FILTER)
                .add(IntRange.newIntersectsQuery(Schema.EVENT_DAYS, new int[] {from}, new int[] {to}), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * The last day (a yyyymmdd number, up to {@code hi}) such that at most {@code maxArticles} articles have events
     * between {@code from} and it; {@code from} itself when even that one day has more. Counts only, by halving.
     */
    private int widestWindow(Query filters, int from, int hi) throws IOException {
        if (searcher.count(withEventDays(filters, from, hi)) <= maxArticles) return hi;
        int good = from, bad = hi;
        while (bad - good > 1) {
            int mid = good + (bad - good) / 2;
            if (searcher.count(withEventDays(filters, from, mid)) <= maxArticles) good = mid;
            else bad = mid;
        }
        return good;
    }

    private static final class Group {
        final String value, precision, text;
        final Set<String> words;
        final Set<String> actors = new LinkedHashSet<>();
        final List<TimelineEntry.Source> sources = new ArrayList<>();

        Group(String value, String precision, String text, Set<String> words) {
            this.value = value;
            this.precision = precision;
            this.text = text;
            this.words = words;
        }
    }

    private String nameOf(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.ENTITY, id)), 1);
        if (top.scoreDocs.length == 0) return null;
        Article a = article(reader.storedFields().document(top.scoreDocs[0].doc, ARTICLE_FIELDS));
        for (Mention m : a.entities()) if (m.entityId().equals(id)) return m.name();
        return null;
    }

    private static boolean shareActor(Set<String> a, List<String> b) {
        for (String x : b) if (a.contains(x)) return true;
        return a.isEmpty() && b.isEmpty();
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / (a.size() + b.size() - common);
    }

    private List<String> words(String text) throws IOException {
        return Schema.terms(analyzer, Schema.ENTITY_WORDS, text);
    }

    private static Sort oldestFirst() {
        return new Sort(ArticleSearcher.newest(false), SortField.FIELD_DOC);
    }

    private static Sort newestFirst() {
        return new Sort(ArticleSearcher.newest(true), SortField.FIELD_DOC);
    }

    private static String day(Article a) {
        if (a.published() == null) return null;
        return a.published().date() != null ? a.published().date().toString() : a.published().toString();
    }

    private static Article article(Document d) {
        return ArticleJson.read(d.get(Schema.JSON), d.get(Schema.BODY));
    }
}
