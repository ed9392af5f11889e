package io.pressroom.store;

import io.pressroom.json.ArticleJson;
import io.pressroom.link.Linker;
import io.pressroom.link.MemoryLinkStore;
import io.pressroom.model.Quote;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import io.pressroom.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * Adds articles to the index. One writer per index (Lucene's write lock; a second gets
 * {@link IndexInUseException}). Additions become visible and durable only at {@link #commit()}: a
 * crash or interruption leaves the last commit intact and searchable, and since ids are content
 * hashes a re-run adds exactly what was missing. Thread-safe.
 */
public final class ArticleWriter implements Closeable {

    /** What {@link #add} did. */
    public enum Outcome { NEW, DUPLICATE }

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    /** The committed state at open time, to recognise articles ingested by earlier runs. */
    private final DirectoryReader committed;
    /** Ids added in this session (committed or not). */
    private final Set<String> addedNow = ConcurrentHashMap.newKeySet();

    /** Linking is sequential (see {@link Linker}); indexing the linked article is not. */
    static final int REFRESH_LINKS_EVERY = 10_000;
    private int refreshLinksEvery = REFRESH_LINKS_EVERY;
    private final Linker linker = new Linker();
    private final Object linkLock = new Object();
    /** Articles linked since {@link #linkReader} was opened, not yet visible through it. */
    private final MemoryLinkStore recent = new MemoryLinkStore(true);
    /** The undated articles' link keys, read from the index at the first link and kept up to date (see IndexLinkStore). */
    private MemoryLinkStore undated;
    private final java.util.concurrent.atomic.AtomicInteger linkedNotIndexed = new java.util.concurrent.atomic.AtomicInteger();
    private DirectoryReader linkReader;
    private IndexLinkStore linkStore;
    private int linkedSinceRefresh;
    /** Time spent linking (lookups and decisions, not indexing), for the benchmark. */
    private final java.util.concurrent.atomic.LongAdder linkNanos = new java.util.concurrent.atomic.LongAdder();

    private ArticleWriter(Path dir, Directory directory, IndexWriter writer, DirectoryReader committed) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.committed = committed;
    }

    /** For tests: a writer that refreshes its linking reader every {@code refreshLinksEvery} articles. */
    static ArticleWriter open(Path dir, int refreshLinksEvery) throws IOException {
        ArticleWriter w = open(dir);
        w.refreshLinksEvery = refreshLinksEvery;
        return w;
    }

    public static ArticleWriter open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                .setCodec(Schema.codec())
                .setMergePolicy(mergePolicy())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        if (DirectoryReader.indexExists(directory)) {
            // Articles of an older schema lack the fields new ones are linked through: adding to such an
            // index would silently miss copies, statements and stories, so it is refused with the way out.
            String found = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.VERSION_KEY);
            if (found != null && !found.equals(Schema.VERSION)) {
                directory.close();
                throw new IllegalArgumentException(dir + " holds an index of schema " + found + " (this Pressroom writes schema "
                        + Schema.VERSION + "): ingest into a new --data folder, or delete this one and ingest again");
            }
        }
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(dir);
        }
        writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION).entrySet());
        // Make sure an index exists on disk from the start, so readers never see a half-made folder.
        if (!DirectoryReader.indexExists(directory)) writer.commit();
        return new ArticleWriter(dir, directory, writer, DirectoryReader.open(directory));
    }

    /**
     * Merges of neighbouring segments only, five at a time: segments then hold articles in the order they
     * arrived, so for a feed in publication order each covers a run of days, and linking skips every segment
     * outside a new article's window (Lucene's tiered policy merges any segments of like size, which mixes
     * months into one segment). Five at a time keeps the segments few for searches.
     */
    private static org.apache.lucene.index.MergePolicy mergePolicy() {
        org.apache.lucene.index.LogByteSizeMergePolicy p = new org.apache.lucene.index.LogByteSizeMergePolicy();
        p.setMergeFactor(5);
        return p;
    }

    public Path dir() {
        return dir;
    }

    /** True when an article with this id is in the index already or was added in this session. */
    public boolean contains(String id) throws IOException {
        return addedNow.contains(id) || committed.docFreq(new Term(Schema.ID, id)) > 0;
    }

    public Outcome add(Article a) throws IOException {
        return addLinked(a) == null ? Outcome.DUPLICATE : Outcome.NEW;
    }

    /**
     * Links the article to the corpus (near-duplicates, statements, story, flags) and adds it; returns the
     * linked article, or null when an article with its id is already there.
     */
    public Article addLinked(Article a) throws IOException {
        if (!addedNow.add(a.id()) || committed.docFreq(new Term(Schema.ID, a.id())) > 0) return null;
        Linker.Result linked;
        synchronized (linkLock) {
            if (linkStore == null || ++linkedSinceRefresh >= refreshLinksEvery) refreshLinks();
            long t0 = System.nanoTime();
            linked = linker.link(a, linkStore);
            recent.add(linked);
            if (a.published() == null) undated.addCopiesAndReports(linked);
            linkNanos.add(System.nanoTime() - t0);
            linkedNotIndexed.incrementAndGet();
        }
        try {
            writer.addDocument(toDocument(linked));
        } finally {
            linkedNotIndexed.decrementAndGet();
        }
        return linked.article();
    }

    /**
     * Opens a near-real-time reader that sees every article linked so far, and empties the in-memory part,
     * so the memory held for linking stays bounded however many articles an ingest adds. Called with the
     * link lock held: no article is linked meanwhile, and those linked before are waited for.
     */
    private void refreshLinks() throws IOException {
        while (linkedNotIndexed.get() > 0) Thread.onSpinWait();
        DirectoryReader fresh = linkReader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(linkReader, writer);
        if (fresh != null) {
            if (linkReader != null) linkReader.close();
            linkReader = fresh;
        }
        recent.clear();
        if (undated == null) undated = IndexLinkStore.loadUndated(linkReader);
        linkStore = new IndexLinkStore(linkReader, recent, undated);
        linkedSinceRefresh = 0;
    }

    /** Nanoseconds spent so far linking near-copies, statements and stories (see {@link Linker#nanosByPart()}). */
    public long[] linkNanosByPart() {
        return linker.nanosByPart();
    }

    /** Nanoseconds spent linking articles to the corpus so far (excluding reader refreshes and indexing). */
    public long linkNanos() {
        return linkNanos.sum();
    }

    /** Makes everything added so far durable and visible to new readers. */
    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * Merges the index down to at most {@code maxSegments} segments and commits: after a bulk load, fewer
     * segments mean fewer term lookups per search (each hit's copies are counted in every segment).
     */
    public void optimize(int maxSegments) throws IOException {
        if (maxSegments < 1) throw new IllegalArgumentException("maxSegments must be at least 1");
        writer.forceMerge(maxSegments);
        writer.commit();
    }

    /** Drops what was added since the last commit. */
    public void rollback() throws IOException {
        writer.rollback();
    }

    static Document toDocument(Linker.Result linked) {
        Article a = linked.article();
        Document d = toDocument(a);
        d.add(new SortedDocValuesField(Schema.ID, new BytesRef(a.id())));
        if (linked.fingerprint() != null) {
            for (long k : linked.bandKeys()) d.add(new StringField(Schema.LSH_BAND, IndexLinkStore.key(k), Field.Store.NO));
            d.add(new BinaryDocValuesField(Schema.SIGNATURE, new BytesRef(linked.fingerprint().toBytes())));
        }
        String group = a.links().duplicateOf() != null ? a.links().duplicateOf() : a.id();
        d.add(new StringField(Schema.DUP_GROUP, group, Field.Store.NO));
        d.add(new SortedDocValuesField(Schema.DUP_GROUP, new BytesRef(group)));
        if (a.links().duplicateOf() != null) {
            d.add(new StringField(Schema.DUPLICATE_OF, a.links().duplicateOf(), Field.Store.NO));
            d.add(new StringField(Schema.IS_COPY, "true", Field.Store.NO));
        }
        if (a.links().story() != null) {
            d.add(new StringField(Schema.STORY, a.links().story(), Field.Store.NO));
            d.add(new SortedDocValuesField(Schema.STORY, new BytesRef(a.links().story())));
        }
        for (String t : linked.storyTerms()) {
            d.add(new StringField(Schema.STORY_TERM, t, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Schema.STORY_TERM, new BytesRef(t)));
        }
        Set<String> statements = new java.util.TreeSet<>();
        for (int i = 0; i < a.quotes().size(); i++) {
            String statement = a.links().statement(i);
            if (statement == null) continue;
            statements.add(statement);
            Quote q = a.quotes().get(i);
            d.add(new StoredField(Schema.QUOTE_KEYS, IndexLinkStore.reportLine(i, statement, q.speaker(), q.saidOn(), linked.quoteKeys().get(i).text())));
            for (long g : linked.quoteKeys().get(i).grams()) d.add(new StringField(Schema.QUOTE_GRAM, IndexLinkStore.key(g), Field.Store.NO));
        }
        for (String st : statements) {
            d.add(new StringField(Schema.STATEMENT, st, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Schema.STATEMENT, new BytesRef(st)));
        }
        return d;
    }

    static Document toDocument(Article a) {
        Document d = new Document();
        d.add(new StringField(Schema.ID, a.id(), Field.Store.YES));
        d.add(new StringField(Schema.SOURCE, a.source(), Field.Store.YES));
        if (a.headline() != null) d.add(new Field(Schema.HEADLINE, a.headline(), Schema.PROSE));
        d.add(new Field(Schema.BODY, a.body(), Schema.PROSE));
        if (a.published() != null) {
            // Filters use the calendar as printed on the page; sorting uses the true instant.
            d.add(new StoredField(Schema.PUBLISHED, a.published().toString()));
            d.add(new LongPoint(Schema.PUBLISHED_MIN, a.published().localEarliestMillis()));
            d.add(new LongPoint(Schema.PUBLISHED_MAX, a.published().localLatestMillis()));
            d.add(new NumericDocValuesField(Schema.PUBLISHED_SORT, a.published().earliestEpochMillis()));
        }
        if (a.outlet() != null) {
            d.add(new StoredField(Schema.OUTLET_DISPLAY, a.outlet()));
            d.add(new StringField(Schema.OUTLET, Schema.keyword(a.outlet()), Field.Store.NO));
            d.add(new SortedDocValuesField(Schema.OUTLET, new BytesRef(a.outlet())));
        }
        if (a.agency() != null) {
            d.add(new StoredField(Schema.AGENCY_DISPLAY, a.agency()));
            d.add(new StringField(Schema.AGENCY, Schema.keyword(a.agency()), Field.Store.NO));
            d.add(new SortedDocValuesField(Schema.AGENCY, new BytesRef(a.agency())));
        }
        java.util.Set<String> speakers = new java.util.TreeSet<>();
        for (io.pressroom.model.Quote q : a.quotes()) {
            d.add(new Field(Schema.QUOTE_TEXT, a.text(q.content()), org.apache.lucene.document.TextField.TYPE_NOT_STORED));
            if (q.speaker() != null) speakers.add(q.speaker());
        }
        for (String sp : speakers) {
            d.add(new StringField(Schema.SPEAKER, Schema.keyword(sp), Field.Store.NO));
            d.add(new org.apache.lucene.document.SortedSetDocValuesField(Schema.SPEAKER, new BytesRef(sp)));
            d.add(new Field(Schema.SPEAKER_WORDS, sp, org.apache.lucene.document.TextField.TYPE_NOT_STORED));
        }
        addEntities(d, a);
        // The body is stored once, with its searchable field; the JSON holds everything else.
        d.add(new StoredField(Schema.JSON, ArticleJson.writeWithoutBody(a)));
        return d;
    }

    private static void addEntities(Document d, Article a) {
        Set<String> ids = new java.util.TreeSet<>();
        Set<String> names = new java.util.TreeSet<>();
        StringBuilder words = new StringBuilder();
        for (io.pressroom.model.Mention m : a.entities()) {
            if (ids.add(m.entityId())) {
                d.add(new StringField(Schema.ENTITY, m.entityId(), Field.Store.NO));
                String facet = switch (m.type()) {
                    case io.pressroom.model.Mention.PERSON -> Schema.PEOPLE;
                    case io.pressroom.model.Mention.ORGANIZATION -> Schema.ORGANIZATIONS;
                    case io.pressroom.model.Mention.PLACE -> Schema.PLACES;
                    default -> null;
                };
                if (facet != null) d.add(new SortedSetDocValuesField(facet, new BytesRef(m.name())));
            }
            if (names.add(m.name())) words.append(m.name()).append(" \n ");
            String written = a.text(m.span());
            if (names.add(written)) words.append(written).append(" \n ");
        }
        if (words.length() > 0) d.add(new Field(Schema.ENTITY_WORDS, words.toString(), org.apache.lucene.document.TextField.TYPE_NOT_STORED));
        Set<String> actors = new java.util.TreeSet<>();
        for (io.pressroom.model.Event e : a.events()) {
            int[] days = EventDays.of(e.value());
            if (days != null) d.add(new org.apache.lucene.document.IntRange(Schema.EVENT_DAYS, new int[] {days[0]}, new int[] {days[1]}));
            for (String actor : e.actors()) actors.add(actor);
        }
        for (io.pressroom.model.Mention m : a.entities()) {
            if (actors.contains(m.name())) d.add(new StringField(Schema.EVENT_ACTOR, m.entityId(), Field.Store.NO));
        }
    }

    /** Commits what was added and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) {
                writer.commit();
                writer.close();
            }
        } finally {
            if (linkReader != null) linkReader.close();
            committed.close();
            directory.close();
        }
    }
}
