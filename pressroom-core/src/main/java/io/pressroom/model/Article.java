package io.pressroom.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean news article: the text of the story, its metadata, and what was cut away to get it.
 * Later stages (quotes, entities, time expressions, events) hang their results off it with
 * character offsets into {@link #body()}.
 *
 * @param id          16 hex digits of a 64-bit content hash: the same content always gets the same id
 * @param source      where it came from (path, path:line, URL)
 * @param url         the page address when known
 * @param outlet      the publication that carried it, when known
 * @param headline    the title, or null when none was found
 * @param published   the publication time as precisely as known, or null when the page gives none
 * @param byline      author name(s) without the leading "By"
 * @param dateline    the place (and date) the story was filed from, e.g. "WASHINGTON, Jan. 21"
 * @param agency      the news agency whose copy this is, e.g. "Yonhap"
 * @param body        the cleaned text, paragraphs separated by a blank line
 * @param paragraphs  each paragraph's character range in {@code body}
 * @param captions    photo captions, each once, kept apart from the body
 * @param boilerplate the lines removed as page furniture, in page order
 * @param warnings    non-fatal notes from processing (a guessed encoding, an unreadable date)
 * @param quotes      quotations found in the body, in body order (empty until the quote stage ran)
 * @param timexes     time expressions found in the body, in body order (empty until the time stage ran)
 * @param page        authors, language, page type and other page metadata
 * @param links       near-duplicates, statements, story and flags, found when the article joined a corpus
 * @param entities    people, organisations, places named in the body, in body order (empty until the entity stage ran)
 * @param events      dated events stated in the body, in body order (empty until the entity stage ran)
 */
public record Article(String id, String source, String url, String outlet, String headline,
                      PartialDateTime published, String byline, String dateline, String agency,
                      String body, List<TextSpan> paragraphs, List<String> captions,
                      List<String> boilerplate, List<String> warnings, List<Quote> quotes, List<Timex> timexes,
                      PageInfo page, Links links, List<Mention> entities, List<Event> events) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        boilerplate = List.copyOf(boilerplate);
        warnings = List.copyOf(warnings);
        quotes = List.copyOf(quotes);
        timexes = List.copyOf(timexes);
        page = page == null ? PageInfo.UNKNOWN : page;
        links = links == null ? Links.NONE : links;
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
        for (TextSpan p : paragraphs) {
            if (p.end() > body.length()) throw new IllegalArgumentException("paragraph outside the body: " + p);
        }
    }

    /** An article not linked to a corpus yet. */
    public Article(String id, String source, String url, String outlet, String headline,
                   PartialDateTime published, String byline, String dateline, String agency,
                   String body, List<TextSpan> paragraphs, List<String> captions,
                   List<String> boilerplate, List<String> warnings, List<Quote> quotes, List<Timex> timexes,
                   PageInfo page) {
        this(id, source, url, outlet, headline, published, byline, dateline, agency, body, paragraphs, captions,
                boilerplate, warnings, quotes, timexes, page, Links.NONE, List.of(), List.of());
    }

    public Article withLinks(Links newLinks) {
        return new Article(id, source, url, outlet, headline, published, byline, dateline, agency, body, paragraphs,
                captions, boilerplate, warnings, quotes, timexes, page, newLinks, entities, events);
    }

    public Article withEntities(List<Mention> newEntities, List<Event> newEvents) {
        return new Article(id, source, url, outlet, headline, published, byline, dateline, agency, body, paragraphs,
                captions, boilerplate, warnings, quotes, timexes, page, links, newEntities, newEvents);
    }

    public Article withQuotes(List<Quote> newQuotes) {
        return new Article(id, source, url, outlet, headline, published, byline, dateline, agency, body, paragraphs,
                captions, boilerplate, warnings, newQuotes, timexes, page, links, entities, events);
    }

    public Article withTimexes(List<Timex> newTimexes) {
        return new Article(id, source, url, outlet, headline, published, byline, dateline, agency, body, paragraphs,
                captions, boilerplate, warnings, quotes, newTimexes, page, links, entities, events);
    }

    public String text(TextSpan span) {
        return span == null ? null : span.of(body);
    }

    public String paragraphText(int index) {
        return paragraphs.get(index).of(body);
    }
}
