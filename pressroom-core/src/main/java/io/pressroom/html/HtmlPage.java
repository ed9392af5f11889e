package io.pressroom.html;

import io.pressroom.model.PartialDateTime;
import java.util.List;

/**
 * What {@link HtmlExtractor} reads from one HTML page: the article text as paragraphs, the captions
 * and boilerplate kept apart, the page's metadata, and how sure it is that the page is an article.
 *
 * @param title        the headline, without the site name
 * @param authors      author names, each once, in page order
 * @param published    first publication time, with its offset when the page gives one
 * @param modified     last modification time, when the page gives one
 * @param siteName     the outlet or site name
 * @param language     a language tag ("en", "ko-KR") from the page, or a guess; null when unknown
 * @param canonicalUrl the page's own canonical address, when given
 * @param description  the page's summary (meta description), not part of the body
 * @param paragraphs   the article text: headings, paragraphs, list items, table rows, block quotes
 * @param captions     photo and video captions, kept apart from the body
 * @param boilerplate  text blocks left out of the body, in page order (bounded)
 * @param type         what kind of page this is
 * @param confidence   0..1: how sure the extractor is that {@code type} is right
 */
public record HtmlPage(String title, List<String> authors, PartialDateTime published, PartialDateTime modified,
                       String siteName, String language, String canonicalUrl, String description,
                       List<String> paragraphs, List<String> captions, List<String> boilerplate,
                       PageType type, double confidence) {

    public HtmlPage {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        boilerplate = List.copyOf(boilerplate);
    }

    /** The body as one text, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** Kinds of page; only articles are indexed by default. */
    public enum PageType {
        /** A story: enough running prose in one place. */
        ARTICLE,
        /** A front page, section or tag page: mostly links and teasers. */
        LISTING,
        /** A discussion thread: many short posts by different people. */
        FORUM,
        /** "Page not found", access denied, a consent wall. */
        ERROR,
        /** No readable text at all. */
        EMPTY;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
