package io.pressroom.store;

import java.util.List;

/**
 * A page of results. {@code totalExact} is false when Lucene stopped counting at a lower bound;
 * {@code allTerms} is false when no article had every word and the results match only some.
 */
public record SearchResult(long total, boolean totalExact, List<SearchHit> hits, long tookMillis, boolean allTerms) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
