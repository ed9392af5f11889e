package io.pressroom.model;

import java.util.List;

/**
 * What the page said about itself beyond the article text: mostly from HTML metadata, a little from
 * text dumps.
 *
 * @param authors      author names, each once (the byline split into people), possibly empty
 * @param modified     the last update time the page states, or null
 * @param language     a language tag ("en", "ko-KR"), or null when unknown
 * @param canonicalUrl the page's canonical address, or null
 * @param type         "article", "listing", "forum", "error" or "empty"
 * @param confidence   0..1, how sure the extractor is of {@code type}
 * @param crawled      when the page was fetched (a WARC-Date), or null: the date anchor of last resort
 */
public record PageInfo(List<String> authors, PartialDateTime modified, String language, String canonicalUrl,
                       String type, double confidence, java.time.Instant crawled) {

    public static final PageInfo UNKNOWN = new PageInfo(List.of(), null, null, null, "article", 0.5, null);

    public PageInfo {
        authors = List.copyOf(authors);
        type = type == null ? "article" : type;
    }
}
