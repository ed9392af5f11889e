package io.pressroom.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.model.Article;
import io.pressroom.model.Flag;
import io.pressroom.model.Links;
import io.pressroom.model.PageInfo;
import io.pressroom.model.PartialDateTime;
import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.model.Timex;
import io.pressroom.model.Mention;
import io.pressroom.model.Event;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's JSON form, the contract shared by {@code show}, {@code export}, the index's stored
 * copy and (later) the HTTP API. Field names are fixed: {@code id, source, url, outlet, headline,
 * published, byline, dateline, agency, authors, modified, language, canonical_url, page_type,
 * page_confidence, captions, body, paragraphs, boilerplate, warnings, quotes, timexes, entities, events}; absent
 * values are written as null so that every record has the same shape.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private ArticleJson() { }

    public static String write(Article a) {
        return write(a, false);
    }

    public static String write(Article a, boolean pretty) {
        return write(a, pretty, true);
    }

    /**
     * The JSON without the body text, for stores that keep the body elsewhere (the index stores it
     * once, as its searchable field); {@link #read(String, String)} puts it back.
     */
    public static String writeWithoutBody(Article a) {
        return write(a, false, false);
    }

    private static String write(Article a, boolean pretty, boolean withBody) {
        StringWriter out = new StringWriter(a.body().length() + 512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("source", a.source());
            g.writeStringField("url", a.url());
            g.writeStringField("outlet", a.outlet());
            g.writeStringField("headline", a.headline());
            g.writeStringField("published", a.published() == null ? null : a.published().toString());
            g.writeStringField("byline", a.byline());
            g.writeStringField("dateline", a.dateline());
            g.writeStringField("agency", a.agency());
            writeStrings(g, "authors", a.page().authors());
            g.writeStringField("modified", a.page().modified() == null ? null : a.page().modified().toString());
            g.writeStringField("language", a.page().language());
            g.writeStringField("canonical_url", a.page().canonicalUrl());
            g.writeStringField("page_type", a.page().type());
            g.writeNumberField("page_confidence", a.page().confidence());
            g.writeStringField("crawled", a.page().crawled() == null ? null : a.page().crawled().toString());
            writeStrings(g, "captions", a.captions());
            if (withBody) g.writeStringField("body", a.body());
            else g.writeNullField("body");
            g.writeArrayFieldStart("paragraphs");
            for (TextSpan p : a.paragraphs()) {
                g.writeStartObject();
                g.writeNumberField("start", p.start());
                g.writeNumberField("end", p.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeStrings(g, "boilerplate", a.boilerplate());
            writeStrings(g, "warnings", a.warnings());
            g.writeArrayFieldStart("quotes");
            for (int i = 0; i < a.quotes().size(); i++) writeQuote(g, a, a.quotes().get(i), i);
            g.writeEndArray();
            g.writeArrayFieldStart("timexes");
            for (Timex t : a.timexes()) {
                g.writeStartObject();
                g.writeStringField("text", a.text(t.span()));
                g.writeNumberField("start", t.span().start());
                g.writeNumberField("end", t.span().end());
                g.writeStringField("type", t.type());
                g.writeStringField("value", t.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeEntities(g, a);
            writeLinks(g, a);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeEntities(JsonGenerator g, Article a) throws IOException {
        g.writeArrayFieldStart("entities");
        for (Mention m : a.entities()) {
            g.writeStartObject();
            g.writeStringField("text", a.text(m.span()));
            g.writeNumberField("start", m.span().start());
            g.writeNumberField("end", m.span().end());
            g.writeStringField("type", m.type());
            g.writeStringField("name", m.name());
            g.writeStringField("entity", m.entityId());
            if (m.role() != null) g.writeStringField("role", m.role());
            if (m.actor()) g.writeBooleanField("actor", true);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : a.events()) {
            g.writeStartObject();
            g.writeStringField("text", a.text(e.sentence()));
            g.writeNumberField("start", e.sentence().start());
            g.writeNumberField("end", e.sentence().end());
            g.writeStringField("value", e.value());
            g.writeStringField("precision", e.precision());
            g.writeStringField("time_text", a.text(e.time()));
            g.writeNumberField("time_start", e.time().start());
            g.writeNumberField("time_end", e.time().end());
            writeStrings(g, "actors", e.actors());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static List<Mention> readEntities(JsonNode n) {
        List<Mention> out = new ArrayList<>();
        for (JsonNode m : n.path("entities")) {
            out.add(new Mention(new TextSpan(m.get("start").asInt(), m.get("end").asInt()), m.get("type").asText(),
                    m.get("name").asText(), text(m, "role"), m.path("actor").asBoolean(false)));
        }
        return out;
    }

    private static List<Event> readEvents(JsonNode n) {
        List<Event> out = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            out.add(new Event(new TextSpan(e.get("start").asInt(), e.get("end").asInt()),
                    new TextSpan(e.get("time_start").asInt(), e.get("time_end").asInt()), e.get("value").asText(),
                    strings(e, "actors")));
        }
        return out;
    }

    private static void writeLinks(JsonGenerator g, Article a) throws IOException {
        Links l = a.links();
        g.writeStringField("duplicate_of", l.duplicateOf());
        if (l.duplicateOf() != null) g.writeNumberField("similarity", Math.round(l.similarity() * 1000) / 1000.0);
        g.writeStringField("story", l.story());
        g.writeArrayFieldStart("flags");
        for (Flag f : l.flags()) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind());
            g.writeStringField("value", f.value());
            writeOffset(g, "start", f.span() == null ? null : f.span().start());
            writeOffset(g, "end", f.span() == null ? null : f.span().end());
            g.writeStringField("other_article", f.otherArticle());
            g.writeStringField("other_value", f.otherValue());
            g.writeStringField("note", f.note());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static Links readLinks(JsonNode n, List<String> statements, List<String> variants) {
        List<Flag> flags = new ArrayList<>();
        for (JsonNode f : n.path("flags")) {
            TextSpan span = f.path("start").isNumber() ? new TextSpan(f.get("start").asInt(), f.get("end").asInt()) : null;
            flags.add(new Flag(f.get("kind").asText(), span, f.get("value").asText(), text(f, "other_article"),
                    f.get("other_value").asText(), text(f, "note")));
        }
        return new Links(text(n, "duplicate_of"), n.path("similarity").asDouble(0), statements, variants, text(n, "story"), flags);
    }

    private static void writeQuote(JsonGenerator g, Article a, Quote q, int index) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", a.text(q.content()));
        g.writeNumberField("start", q.content().start());
        g.writeNumberField("end", q.content().end());
        g.writeStringField("type", q.type().json());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("speaker_mention", a.text(q.speakerMention()));
        writeOffset(g, "speaker_start", q.speakerMention() == null ? null : q.speakerMention().start());
        writeOffset(g, "speaker_end", q.speakerMention() == null ? null : q.speakerMention().end());
        g.writeStringField("cue", a.text(q.cue()));
        g.writeStringField("cue_lemma", q.cueLemma());
        writeOffset(g, "cue_start", q.cue() == null ? null : q.cue().start());
        writeOffset(g, "cue_end", q.cue() == null ? null : q.cue().end());
        g.writeStringField("said_on", q.saidOn() == null ? null : q.saidOn().toString());
        if (a.links().statement(index) != null) g.writeStringField("statement", a.links().statement(index));
        if (a.links().variant(index) != null) g.writeStringField("wording", a.links().variant(index));
        g.writeEndObject();
    }

    private static void writeOffset(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) g.writeNullField(name);
        else g.writeNumberField(name, value);
    }

    private static Quote readQuote(JsonNode q) {
        TextSpan speaker = q.path("speaker_start").isNumber()
                ? new TextSpan(q.get("speaker_start").asInt(), q.get("speaker_end").asInt()) : null;
        TextSpan cue = q.path("cue_start").isNumber() ? new TextSpan(q.get("cue_start").asInt(), q.get("cue_end").asInt()) : null;
        String saidOn = text(q, "said_on");
        return new Quote(new TextSpan(q.get("start").asInt(), q.get("end").asInt()),
                Quote.Type.valueOf(q.get("type").asText().toUpperCase(java.util.Locale.ROOT)), text(q, "speaker"), speaker, cue,
                text(q, "cue_lemma"), saidOn == null ? null : java.time.LocalDate.parse(saidOn));
    }

    private static PageInfo readPage(JsonNode n) {
        String modified = text(n, "modified");
        return new PageInfo(strings(n, "authors"), modified == null ? null : PartialDateTime.parseIso(modified),
                text(n, "language"), text(n, "canonical_url"), text(n, "page_type"),
                n.path("page_confidence").asDouble(PageInfo.UNKNOWN.confidence()),
                text(n, "crawled") == null ? null : java.time.Instant.parse(text(n, "crawled")));
    }

    public static Article read(String json) {
        return read(json, null);
    }

    /** Reads an article; {@code body}, when given, replaces the JSON's (absent) body. */
    public static Article read(String json, String body) {
        try {
            JsonNode n = MAPPER.readTree(json);
            List<TextSpan> paragraphs = new ArrayList<>();
            for (JsonNode p : n.path("paragraphs")) paragraphs.add(new TextSpan(p.get("start").asInt(), p.get("end").asInt()));
            String published = text(n, "published");
            List<Quote> quotes = new ArrayList<>();
            List<String> statements = new ArrayList<>();
            List<String> variants = new ArrayList<>();
            for (JsonNode q : n.path("quotes")) {
                quotes.add(readQuote(q));
                statements.add(text(q, "statement"));
                variants.add(text(q, "wording"));
            }
            List<Timex> timexes = new ArrayList<>();
            for (JsonNode t : n.path("timexes")) {
                timexes.add(new Timex(new TextSpan(t.get("start").asInt(), t.get("end").asInt()), t.get("type").asText(), text(t, "value")));
            }
            return new Article(text(n, "id"), text(n, "source"), text(n, "url"), text(n, "outlet"), text(n, "headline"),
                    published == null ? null : PartialDateTime.parseIso(published), text(n, "byline"),
                    text(n, "dateline"), text(n, "agency"), body != null ? body : text(n, "body"), paragraphs, strings(n, "captions"),
                    strings(n, "boilerplate"), strings(n, "warnings"), quotes, timexes, readPage(n),
                    readLinks(n, statements, variants), readEntities(n), readEvents(n));
        } catch (IOException e) {
            throw new UncheckedIOException("stored article JSON is unreadable", e);
        }
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n.path(field)) out.add(v.asText());
        return out;
    }
}
