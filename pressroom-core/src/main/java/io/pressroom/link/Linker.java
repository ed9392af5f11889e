package io.pressroom.link;

import io.pressroom.model.Article;
import io.pressroom.model.Flag;
import io.pressroom.model.Links;
import io.pressroom.model.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links a new article to a corpus: is it a near-copy of an article already there, which statements do its
 * quotations report, which story does it belong to, and what does it disagree with. Stateless: what it
 * compares against comes from a {@link LinkStore}; the caller stores the {@link Result} so later articles
 * can link to this one. Not thread-safe per store: articles must be linked one at a time against a store
 * that already holds every earlier one, or two simultaneous copies would not see each other.
 */
public final class Linker {
    /** Bigram Jaccard from which two articles are copies of one story (text-dedup's news-copy optimum). */
    public static final double COPY_THRESHOLD = 0.45;
    /** Copies credited to the same agency ("(Yonhap)") need less: local edits of one wire story. */
    public static final double SAME_AGENCY_THRESHOLD = 0.35;
    /** Two different agencies rarely syndicate each other: only close matches count. */
    public static final double OTHER_AGENCY_THRESHOLD = 0.6;
    /** Weighted share of an article's story terms a neighbour must have for the article to join its story. */
    public static final double STORY_THRESHOLD = 0.4;
    /** Story terms in more articles than this are not used (see {@link #story}). */
    static final long COMMON_TERM = 300;
    /** Days either side of publication in which story neighbours are sought. */
    public static final int STORY_DAYS = 3;

    /** The linked article and what the store must keep of it. */
    /** Share of the shorter text's bigrams inside the longer from which it is a version of it (a cut or extended copy). */
    public static final double CONTAINMENT = 0.85;
    /** Containment is only trusted on texts with at least this many distinct bigrams. */
    static final int MIN_CONTAINMENT_SHINGLES = 30;
    /** A copy this close to any member joins its group even when the group's first copy is further away. */
    static final double CLOSE_COPY = 0.8;
    /** Copies state the same figures; template stories (daily reports, notices) do not. */
    public static final double MIN_NUMBER_AGREEMENT = 0.7;
    /** From this bigram Jaccard on, half the figures may differ. */
    static final double CLOSE_WORDING = 0.7;
    static final double MIN_NUMBER_AGREEMENT_CLOSE = 0.5;
    static final double TABLE_NUMBER_AGREEMENT = 0.97;

    public record Result(Article article, Fingerprint fingerprint, long[] bandKeys, List<QuoteKey> quoteKeys, List<String> storyTerms) { }

    /** Nanoseconds spent in each part of linking, over all calls: near-copies, statements, stories. */
    private final java.util.concurrent.atomic.LongAdder copiesNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder statementsNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder storiesNanos = new java.util.concurrent.atomic.LongAdder();

    /** Time spent so far in near-copies, statements and stories, in nanoseconds (for benchmarks). */
    public long[] nanosByPart() {
        return new long[] {copiesNanos.sum(), statementsNanos.sum(), storiesNanos.sum()};
    }

    public Result link(Article a, LinkStore store) {
        long t0 = System.nanoTime();
        LocalDate day = MemoryLinkStore.reportDay(a);
        Fingerprint fp = Fingerprint.of(a.body());
        long[] bands = fp == null ? new long[0] : fp.bandKeys();
        LinkStore.Copy best = null;
        double bestSimilarity = 0;
        if (fp != null) {
            List<LinkStore.Copy> candidates = store.copies(bands, day, COPY_DAYS);
            Map<String, LinkStore.Copy> byId = new HashMap<>();
            for (LinkStore.Copy c : candidates) byId.put(c.id(), c);
            for (LinkStore.Copy c : candidates) {
                if (c.id().equals(a.id()) || !isCopy(a, fp, c)) continue;
                // The group's first copy must match too, so that chains of small edits (or a daily template)
                // do not pull unlike articles into one group.
                if (!c.group().equals(c.id()) && fp.similarity(c.fingerprint()) < CLOSE_COPY) {
                    LinkStore.Copy root = byId.get(c.group());
                    if (root == null || !isCopy(a, fp, root)) continue;
                }
                double s = fp.similarity(c.fingerprint());
                if (s > bestSimilarity) {
                    best = c;
                    bestSimilarity = s;
                }
            }
        }
        List<Flag> flags = new ArrayList<>(Disagreements.withinArticle(a));
        if (best != null) {
            Optional<String> other = store.body(best.id());
            if (other.isPresent() && TemplateNames.swapsAName(other.get(), a.body())) {
                best = null; // the same notice about another fund or company, not a copy
            } else if (other.isPresent()) {
                flags.addAll(Disagreements.betweenCopies(a, best.id(), other.get()));
            }
        }

        long t1 = System.nanoTime();
        copiesNanos.add(t1 - t0);
        List<QuoteKey> keys = new ArrayList<>(a.quotes().size());
        List<String> statements = new ArrayList<>(a.quotes().size());
        List<String> variants = new ArrayList<>(a.quotes().size());
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            QuoteKey key = QuoteKey.ofQuotation(a.text(q.content()), q.type() == Quote.Type.MIXED);
            keys.add(key);
            String statement = null;
            String variant = null;
            if (key.linkable()) {
                Match m = bestReport(key, q, day, store.reports(key.grams(), day, REPORT_DAYS),
                        best == null ? a.id() : best.group(), store);
                if (m != null) {
                    statement = m.report.statement();
                    variant = m.relation;
                    if (q.saidOn() != null && m.report.saidOn() != null && !q.saidOn().equals(m.report.saidOn())) {
                        flags.add(new Flag("date", q.content(), q.saidOn().toString(), m.report.articleId(), m.report.saidOn().toString(),
                                "the same words are reported as said on " + m.report.saidOn() + " in the other article"));
                    }
                } else {
                    statement = a.id() + "." + i;
                }
            }
            statements.add(statement);
            variants.add(variant);
        }

        long t2 = System.nanoTime();
        statementsNanos.add(t2 - t1);
        List<String> terms = StoryTerms.of(a);
        String story = best != null && best.story() != null ? best.story() : story(a, terms, store);
        storiesNanos.add(System.nanoTime() - t2);
        Links links = new Links(best == null ? null : best.group(), bestSimilarity, statements, variants, story, flags);
        return new Result(a.withLinks(links), fp, bands, keys, terms);
    }

    static boolean isCopy(Article a, Fingerprint fp, LinkStore.Copy c) {
        return isCopy(fp, a.agency(), c.fingerprint(), c.agency());
    }

    /** The near-copy decision for two fingerprints (and the agencies their articles credit, or null). */
    public static boolean isCopy(Fingerprint fp, String agency, Fingerprint other, String otherAgency) {
        double similarity = fp.similarity(other);
        // The closer the wording, the more edited figures a copy may have (a corrected number is still a copy).
        double figures = similarity >= CLOSE_WORDING ? MIN_NUMBER_AGREEMENT_CLOSE : MIN_NUMBER_AGREEMENT;
        // A table re-sent with new prices is an update, not a copy: every figure must agree.
        if (fp.isTable() || other.isTable()) figures = TABLE_NUMBER_AGREEMENT;
        if (fp.numberAgreement(other) < figures) return false;
        if (similarity >= threshold(agency, otherAgency)) return true;
        return Math.min(fp.shingles(), other.shingles()) >= MIN_CONTAINMENT_SHINGLES && fp.containment(other) >= CONTAINMENT;
    }

    static double threshold(String agency, String otherAgency) {
        if (agency == null || otherAgency == null) return COPY_THRESHOLD;
        return agency.equalsIgnoreCase(otherAgency) ? SAME_AGENCY_THRESHOLD : OTHER_AGENCY_THRESHOLD;
    }

    private record Match(LinkStore.Report report, String relation, int rank) { }

    private static final List<String> RELATION_ORDER = List.of("same", "punctuation", "longer", "fragment", "trimmed", "variant");

    /** Words a quotation needs to be linked to another story's report: both speakers known, or not. */
    static final int MIN_WORDS_ACROSS_STORIES = 6;
    static final int MIN_WORDS_ACROSS_STORIES_UNATTRIBUTED = 8;
    /**
     * Words quoted inside a report (its key is the quoted words alone) that suffice with a named speaker on both sides.
     * Measured on BBC and Reuters (session 12): at 3 instead of 6 the rule added 25 links, every one the same statement
     * by reading (labelled in eval/dedup's statement pairs).
     */
    static final int MIN_QUOTED_WORDS_ACROSS_STORIES = 3;
    /** Words shared across stories published on different days when only one side credits a speaker. */
    static final int MIN_WORDS_ANOTHER_DAY = 10;
    /**
     * Words other stories have reported on this many different days are formula ("to add temporary reserves",
     * a monthly note), not one statement: a statement's reports cluster on the days after it was made, when
     * any number of outlets may carry it.
     */
    static final int FORMULA_DAYS = 3;
    /** Other stories' reports of the same words count as one statement within this many days of each other. */
    static final int STATEMENT_DAYS = 30;
    /**
     * Days either side of publication in which earlier reports of a quotation are sought: a statement's first
     * report may be {@link #STATEMENT_DAYS} before a report that is itself that far from the new one (the chain
     * check needs to see it), and formula is recognised by the days it recurs on within this window.
     */
    public static final int REPORT_DAYS = 2 * STATEMENT_DAYS;
    /**
     * Days either side of publication in which near-copies are sought: wire copy is re-run within days, a
     * reprint within weeks. Undated articles are compared with every article.
     */
    public static final int COPY_DAYS = 30;

    private static Match bestReport(QuoteKey key, Quote q, LocalDate published, List<LinkStore.Report> reports, String group,
                                    LinkStore store) {
        // A statement's reports must all fit this speaker: one compatible report does not make the others so.
        java.util.Set<String> refused = new java.util.HashSet<>();
        for (LinkStore.Report r : reports) {
            if (!sameSpeaker(q.speaker(), r.speaker())) refused.add(r.statement());
        }
        // Words that other stories already repeat are formula ("to add temporary reserves via customer repurchase
        // agreements", "as sole underwriter of the offering"), not one person's statement.
        java.util.Set<LocalDate> otherDays = new java.util.HashSet<>();
        Map<LinkStore.Report, String> relations = new HashMap<>();
        Map<LinkStore.Report, QuoteKey> keys = new HashMap<>();
        for (LinkStore.Report r : reports) {
            QuoteKey theirs = store.key(r);
            String relation = key.compareTo(theirs);
            if (relation == null) continue;
            relations.put(r, relation);
            keys.put(r, theirs);
            if (!group.equals(r.group())) otherDays.add(r.published());
        }
        boolean formula = otherDays.size() >= FORMULA_DAYS;
        Map<String, LinkStore.Report> firstReports = new HashMap<>();
        for (LinkStore.Report r : reports) {
            if (r.statement().equals(r.articleId() + "." + r.quote())) firstReports.put(r.statement(), r);
        }
        Match best = null;
        for (LinkStore.Report r : reports) {
            if (refused.contains(r.statement())) continue;
            String relation = relations.get(r);
            if (relation == null) continue;
            QuoteKey theirs = keys.get(r);
            if (!group.equals(r.group())) {
                if (formula) continue;
                // Across different stories, short or formulaic words ("it filed a registration statement with the",
                // "no further details") recur without being one statement; so do sentences that differ in a figure.
                // Words nobody is credited with on either side are wire formula more often than a statement.
                if (q.speaker() == null && r.speaker() == null) continue;
                boolean attributed = q.speaker() != null && r.speaker() != null;
                int need = attributed ? MIN_WORDS_ACROSS_STORIES : MIN_WORDS_ACROSS_STORIES_UNATTRIBUTED;
                // A phrase quoted inside a report ("dismissed them as a “load of nonsense”") is the speaker's own words:
                // with one named speaker on both sides a few words are enough.
                if (attributed && q.type() == Quote.Type.MIXED) need = MIN_QUOTED_WORDS_ACROSS_STORIES;
                // A short passage found again days later with a speaker on one side only is a formula ("the issue
                // was no longer operating as a tap") more often than the same words reported again.
                boolean otherDay = published != null && r.published() != null && !published.equals(r.published());
                if (otherDay && !attributed) need = Math.max(need, MIN_WORDS_ANOTHER_DAY);
                if (key.shorter(theirs) < need || key.figuresDiffer(theirs)) continue;
                // Words cut off mid-phrase ("sales for the first nine weeks of its") fit many reports.
                if (key.cutOff() || theirs.cutOff()) continue;
                // The same words from another story weeks later are a formula repeated (a monthly note, an
                // underwriter's line), not the same statement reported again.
                if (tooFarApart(published, r.published())) continue;
                // Nor through a chain: the statement's first report, when among the candidates, must fit too.
                LinkStore.Report first = firstReports.get(r.statement());
                if (first != null && first != r && (tooFarApart(published, first.published()) || relations.get(first) == null)) continue;
            }
            int rank = RELATION_ORDER.indexOf(relation);
            if (best == null || rank < best.rank) best = new Match(r, relation, rank);
        }
        return best;
    }

    private static boolean tooFarApart(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(a.toEpochDay() - b.toEpochDay()) > STATEMENT_DAYS;
    }

    /** Unknown speakers are compatible with anyone; known ones must share their full name or surname. */
    static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null) return true;
        String x = a.toLowerCase(Locale.ROOT).strip();
        String y = b.toLowerCase(Locale.ROOT).strip();
        if (x.equals(y)) return true;
        // "Kirby", "John Kirby" and "Press Secretary John Kirby": one name ends the other, at a word boundary;
        // a single name may also open the other ("Park" of "Park Jin": family names first).
        return x.endsWith(" " + y) || y.endsWith(" " + x)
                || x.indexOf(' ') < 0 && y.startsWith(x + " ") || y.indexOf(' ') < 0 && x.startsWith(y + " ");
    }

    /** The story of the nearest neighbour by rarity-weighted shared terms, or a new story (this article's id). */
    private static String story(Article a, List<String> allTerms, LinkStore store) {
        LocalDate day = a.published() == null ? null : a.published().date();
        if (allTerms.isEmpty()) return a.id();
        LinkStore.Neighbours found = store.storyMates(allTerms, day, STORY_DAYS, COMMON_TERM);
        Map<String, Double> weight = new HashMap<>();
        List<String> terms = new ArrayList<>();
        for (String t : allTerms) {
            long n = found.termCounts().getOrDefault(t, 0L);
            // A name in hundreds of articles ("Washington") says little about the story, and looking up its
            // neighbours would cost more the larger the corpus: left out, like a stop word.
            if (n > COMMON_TERM) continue;
            terms.add(t);
            // A name new to the corpus weighs like one seen once: it cannot be shared yet, and should not
            // outweigh the names this article does share with its neighbours.
            weight.put(t, 1 / Math.log(3 + n));
        }
        if (terms.isEmpty()) return a.id();
        double own = 0;
        for (String t : terms) own += weight.get(t);
        String bestStory = null;
        double bestScore = 0;
        for (LinkStore.StoryMate m : found.mates()) {
            // The share of this article's names (rare ones weigh more) that the neighbour has too; only this
            // article's terms are weighed, so the work per article does not depend on its neighbours' terms.
            java.util.Set<String> theirs = new java.util.HashSet<>(m.terms());
            double shared = 0;
            int sharedTerms = 0;
            boolean fullName = false;
            for (String t : terms) {
                if (theirs.contains(t)) {
                    shared += weight.get(t);
                    sharedTerms++;
                    if (t.indexOf(' ') > 0) fullName = true;
                }
            }
            // Among them a name of two or more words ("John Kirby", "North Korea"): single capitalised words
            // are too often labels of a template ("Shr", "Revs", "Note" in earnings tables).
            if (!fullName) continue;
            double score = shared / own;
            // Two names at least: one shared place or person ("Seoul") is not a story.
            if (sharedTerms >= 2 && score >= STORY_THRESHOLD && score > bestScore) {
                bestScore = score;
                bestStory = m.story();
            }
        }
        return bestStory == null ? a.id() : bestStory;
    }
}
