package io.pressroom.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link Linker} finds what an article may link to: articles already in the corpus, looked up by
 * band key, quotation n-gram or story term. The embedded index and {@link MemoryLinkStore} implement it.
 */
public interface LinkStore {

    /** An article that shares a MinHash band with the new one. */
    record Copy(String id, String group, String story, Fingerprint fingerprint, String agency) { }

    /** A quotation already in the corpus that shares a lookup n-gram with a new one; {@code text} is its {@link QuoteKey#text()}. */
    /** A stored quotation; {@code published} is its article's publication day (null when unknown). */
    record Report(String articleId, String group, int quote, String statement, String speaker, String text, LocalDate saidOn,
                  LocalDate published) { }

    /** An article published near the new one that shares story terms with it. */
    record StoryMate(String id, String story, List<String> terms) { }

    List<Copy> copies(long[] bandKeys);

    List<Report> reports(long[] grams);

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
