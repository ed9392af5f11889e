package io.pressroom.link;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link LinkStore} in memory: for tests, for one Spark partition, and as the index's view of articles
 * linked since its reader was last refreshed. Not thread-safe.
 */
public final class MemoryLinkStore implements LinkStore {
    private final Map<Long, List<Copy>> byBand = new HashMap<>();
    private final Map<Long, List<Report>> byGram = new HashMap<>();
    private final Map<String, List<Mate>> byTerm = new HashMap<>();
    private final Map<String, Long> termCounts = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final boolean keepBodies;

    private record Mate(StoryMate mate, LocalDate day) { }

    /** @param keepBodies keep every body, so copies' figures can be compared (costs memory per article) */
    public MemoryLinkStore(boolean keepBodies) {
        this.keepBodies = keepBodies;
    }

    /** Remembers a linked article. */
    public void add(Linker.Result r) {
        addCopiesAndReports(r);
        Article a = r.article();
        Mate m = new Mate(new StoryMate(a.id(), a.links().story(), r.storyTerms()), a.published() == null ? null : a.published().date());
        for (String t : r.storyTerms()) {
            byTerm.computeIfAbsent(t, x -> new ArrayList<>()).add(m);
            termCounts.merge(t, 1L, Long::sum);
        }
        if (keepBodies) bodies.put(a.id(), a.body());
    }

    /** Remembers what {@link #copies} and {@link #reports} find of a linked article (not its story terms or body). */
    public void addCopiesAndReports(Linker.Result r) {
        Article a = r.article();
        String group = a.links().duplicateOf() != null ? a.links().duplicateOf() : a.id();
        if (r.fingerprint() != null) {
            addCopy(new Copy(a.id(), group, a.links().story(), r.fingerprint(), a.agency(), reportDay(a)), r.bandKeys());
        }
        for (int i = 0; i < a.quotes().size(); i++) {
            String statement = a.links().statement(i);
            if (statement == null) continue;
            Quote q = a.quotes().get(i);
            addReport(new Report(a.id(), group, i, statement, q.speaker(), r.quoteKeys().get(i).text(), q.saidOn(), reportDay(a)),
                    r.quoteKeys().get(i).grams());
        }
    }

    /** Remembers an article found through these band keys. */
    public void addCopy(Copy c, long[] bandKeys) {
        for (long k : bandKeys) byBand.computeIfAbsent(k, x -> new ArrayList<>(1)).add(c);
    }

    /** Remembers a quotation found through these n-grams. */
    public void addReport(Report rep, long[] grams) {
        for (long g : grams) byGram.computeIfAbsent(g, x -> new ArrayList<>(1)).add(rep);
    }

    /** A report's day as the index keeps it: the UTC day of the article's earliest publication instant. */
    public static LocalDate reportDay(Article a) {
        return reportDay(a.published());
    }

    /** The same for a publication time (null when unknown). */
    public static LocalDate reportDay(io.pressroom.model.PartialDateTime published) {
        return published == null ? null : dayOf(published.earliestEpochMillis());
    }

    /** The UTC day of an instant. */
    public static LocalDate dayOf(long epochMillis) {
        return java.time.Instant.ofEpochMilli(epochMillis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    public void clear() {
        byBand.clear();
        byGram.clear();
        byTerm.clear();
        termCounts.clear();
        bodies.clear();
    }

    public boolean isEmpty() {
        return byBand.isEmpty() && byGram.isEmpty() && byTerm.isEmpty();
    }

    @Override
    public List<Copy> copies(long[] bandKeys, LocalDate day, int days) {
        Set<Copy> out = new LinkedHashSet<>();
        for (long k : bandKeys) {
            for (Copy c : byBand.getOrDefault(k, List.of())) if (LinkStore.within(day, days, c.published())) out.add(c);
        }
        return new ArrayList<>(out);
    }

    @Override
    public List<Report> reports(long[] grams, LocalDate day, int days) {
        Set<Report> out = new LinkedHashSet<>();
        for (long g : grams) {
            for (Report r : byGram.getOrDefault(g, List.of())) if (LinkStore.within(day, days, r.published())) out.add(r);
        }
        return new ArrayList<>(out);
    }

    @Override
    public Neighbours storyMates(List<String> terms, LocalDate day, int days, long maxTermCount) {
        return storyMates(terms, day, days, maxTermCount, Map.of());
    }

    /** The same, with counts known from elsewhere (the index) added to this store's own. */
    public Neighbours storyMates(List<String> terms, LocalDate day, int days, long maxTermCount, Map<String, Long> elsewhere) {
        Map<String, Long> counts = new HashMap<>();
        for (String t : terms) counts.put(t, termCounts.getOrDefault(t, 0L) + elsewhere.getOrDefault(t, 0L));
        // Like the index: the neighbours sharing the most terms first, at most MAX_MATES.
        Map<StoryMate, Integer> shared = new HashMap<>();
        for (String t : terms) {
            if (counts.get(t) > maxTermCount) continue;
            for (Mate m : byTerm.getOrDefault(t, List.of())) {
                if (day == null || m.day() == null || Math.abs(m.day().toEpochDay() - day.toEpochDay()) <= days) {
                    shared.merge(m.mate(), 1, Integer::sum);
                }
            }
        }
        return new Neighbours(shared.entrySet().stream().sorted(Map.Entry.<StoryMate, Integer>comparingByValue().reversed())
                .limit(MAX_MATES).map(Map.Entry::getKey).toList(), counts);
    }

    static final int MAX_MATES = 50;

    @Override
    public Optional<String> body(String articleId) {
        return Optional.ofNullable(bodies.get(articleId));
    }
}
