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
    record Report(String articleId, int quote, String statement, String speaker, String text, LocalDate saidOn) { }

    /** An article published near the new one that shares story terms with it. */
    record StoryMate(String id, String story, List<String> terms) { }

    List<Copy> copies(long[] bandKeys);

    List<Report> reports(long[] grams);

    /** Articles whose publication day is within {@code days} of {@code day} (any day when null) sharing a term. */
    List<StoryMate> storyMates(List<String> terms, LocalDate day, int days);

    /** How many articles in the corpus have this story term (for weighting rare names above common ones). */
    long termCount(String term);

    /** The body of an article in the corpus, to compare the figures of two copies. */
    Optional<String> body(String articleId);
}
