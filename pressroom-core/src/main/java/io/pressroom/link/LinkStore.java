package io.pressroom.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link Linker} finds what an article may link to: articles already in the corpus, looked up by
 * band key, quotation n-gram or story term. The embedded index and {@link MemoryLinkStore} implement it.
 */
public interface LinkStore {

    /** An article that shares a MinHash band with the new one; {@code published} as in {@link Report}. */
    record Copy(String id, String group, String story, Fingerprint fingerprint, String agency, LocalDate published) { }

    /**
     * A stored quotation that shares a lookup n-gram with a new one; {@code text} is its {@link QuoteKey#text()},
     * {@code published} its article's publication day ({@link MemoryLinkStore#reportDay}, null when unknown).
     */
    record Report(String articleId, String group, int quote, String statement, String speaker, String text, LocalDate saidOn,
                  LocalDate published) { }

    /** An article published near the new one that shares story terms with it. */
    record StoryMate(String id, String story, List<String> terms) { }

    /**
     * Articles sharing a band key, published within {@code days} of {@code day} (undated ones always; any day
     * when {@code day} is null). The window is what keeps the work per new article independent of the size
     * of the corpus: only the part of the index published near it is searched.
     */
    List<Copy> copies(long[] bandKeys, LocalDate day, int days);

    /** Quotations sharing an n-gram, from articles published within {@code days} of {@code day} (as {@link #copies}). */
    List<Report> reports(long[] grams, LocalDate day, int days);

    /** True when an article of day {@code other} is inside the window of {@code days} around {@code day}. */
    static boolean within(LocalDate day, int days, LocalDate other) {
        return day == null || other == null || Math.abs(day.toEpochDay() - other.toEpochDay()) <= days;
    }

    /** The comparison key of a report (stores may keep them, as reports are compared again and again). */
    default QuoteKey key(Report r) {
        return QuoteKey.of(r.text());
    }

    /** Story neighbours and how many articles in the corpus have each of the asked terms. */
    record Neighbours(List<StoryMate> mates, java.util.Map<String, Long> termCounts) { }

    /**
     * How many articles have each term (rare names weigh more than common ones), and the articles published
     * within {@code days} of {@code day} (any day when null) that share one of the terms held by at most
     * {@code maxTermCount} articles (commoner ones are not looked up: they say little and cost the most).
     */
    Neighbours storyMates(List<String> terms, LocalDate day, int days, long maxTermCount);

    /** The body of an article in the corpus, to compare the figures of two copies. */
    Optional<String> body(String articleId);
}
