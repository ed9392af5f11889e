package io.pressroom.store;

import io.pressroom.model.PartialDateTime;

/**
 * A quote search: words of what was said (empty: any), a speaker (every word of the name must be in
 * the resolved speaker: "Kirby" finds "John Kirby"), a publication date range, and a limit.
 */
public record QuoteRequest(String query, String speaker, PartialDateTime from, PartialDateTime to, int limit) {
    public QuoteRequest {
        query = query == null ? "" : query.strip();
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) throw new IllegalArgumentException("query too long");
        if (speaker != null && speaker.length() > 200) throw new IllegalArgumentException("speaker name too long");
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + SearchRequest.MAX_LIMIT);
    }
}
