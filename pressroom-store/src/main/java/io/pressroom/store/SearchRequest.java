package io.pressroom.store;

import io.pressroom.model.PartialDateTime;

/**
 * A search: free text (BM25 over headline and body; quotes for phrases, {@code -word} to exclude,
 * empty for "everything"), optional filters, paging and order.
 *
 * @param from   earliest publication time (inclusive, at its precision), or null
 * @param to     latest publication time (inclusive, at its precision: "2022" runs to the year's end)
 * @param outlet exact outlet name (case-insensitive), or null
 * @param agency exact agency name (case-insensitive), or null
 * @param speaker exact resolved speaker of a quotation in the article (case-insensitive), or null
 * @param allCopies list near-copies as results of their own (default: one result per story version)
 */
public record SearchRequest(String query, PartialDateTime from, PartialDateTime to, String outlet, String agency,
                            String speaker, int offset, int limit, Order order, boolean allCopies, String entity) {

    public enum Order { RELEVANCE, NEWEST, OLDEST }

    public static final int MAX_LIMIT = 1000;
    public static final int MAX_QUERY_LENGTH = 2000;

    public SearchRequest(String query, PartialDateTime from, PartialDateTime to, String outlet, String agency,
                         String speaker, int offset, int limit, Order order) {
        this(query, from, to, outlet, agency, speaker, offset, limit, order, false);
    }

    public SearchRequest(String query, PartialDateTime from, PartialDateTime to, String outlet, String agency,
                         String speaker, int offset, int limit, Order order, boolean allCopies) {
        this(query, from, to, outlet, agency, speaker, offset, limit, order, allCopies, null);
    }

    public SearchRequest withAllCopies(boolean all) {
        return new SearchRequest(query, from, to, outlet, agency, speaker, offset, limit, order, all, entity);
    }

    /** Only articles naming this entity: an id ("person:john-kirby") or a name, through the alias table. */
    public SearchRequest withEntity(String nameOrId) {
        return new SearchRequest(query, from, to, outlet, agency, speaker, offset, limit, order, allCopies, nameOrId);
    }

    /** The same request without a speaker filter (the older shape, kept for callers that have none). */
    public SearchRequest(String query, PartialDateTime from, PartialDateTime to, String outlet, String agency,
                         int offset, int limit, Order order) {
        this(query, from, to, outlet, agency, null, offset, limit, order);
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (outlet != null && outlet.length() > 200 || agency != null && agency.length() > 200 || speaker != null && speaker.length() > 200
                || entity != null && entity.length() > 200) {
            throw new IllegalArgumentException("filter value longer than 200 characters");
        }
        if (query.length() > MAX_QUERY_LENGTH) throw new IllegalArgumentException("query longer than " + MAX_QUERY_LENGTH + " characters");
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        if (offset < 0 || offset > 100_000) throw new IllegalArgumentException("offset must be 0..100000");
        if (from != null && to != null && from.earliestEpochMillis() > to.latestEpochMillis()) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        order = order == null ? Order.RELEVANCE : order;
        entity = entity == null || entity.isBlank() ? null : entity.strip();
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, null, null, 0, limit, Order.RELEVANCE);
    }
}
