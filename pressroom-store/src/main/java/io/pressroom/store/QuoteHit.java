package io.pressroom.store;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;

/** A quotation found by a quote search, with the article it came from. */
public record QuoteHit(Article article, Quote quote) {
    public String text() {
        return article.text(quote.content());
    }

    /** When it was said: the date said when known, else the article's publication date (may be null). */
    public String when() {
        if (quote.saidOn() != null) return quote.saidOn().toString();
        return article.published() == null ? null : article.published().toString();
    }
}
