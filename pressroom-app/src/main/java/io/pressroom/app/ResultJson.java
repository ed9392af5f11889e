package io.pressroom.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.store.Facets;
import io.pressroom.store.IndexStats;
import io.pressroom.store.QuoteHit;
import io.pressroom.store.SearchHit;
import io.pressroom.store.SearchResult;
import io.pressroom.store.Trend;
import java.util.List;
import java.util.Map;

/** JSON shapes of search results, quotations, facets, trends and statistics: one place for the CLI and the HTTP API. */
public final class ResultJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() { }

    public static ObjectNode search(SearchResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("total", r.total());
        o.put("total_exact", r.totalExact());
        o.put("all_terms", r.allTerms());
        o.put("took_ms", r.tookMillis());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("id", h.id());
            n.put("score", h.score());
            n.put("headline", h.headline());
            n.put("published", h.published());
            n.put("outlet", h.outlet());
            n.put("agency", h.agency());
            n.put("source", h.source());
            n.put("copies", h.copies());
            if (h.snippet() != null) {
                n.put("snippet", h.snippet().text());
                n.put("snippet_html", h.snippet().html());
                ArrayNode marks = n.putArray("highlights");
                h.snippet().highlights().forEach(x -> marks.addObject().put("start", x.start()).put("end", x.end()));
            }
        }
        return o;
    }

    /** An article as {@code ArticleJson} writes it, with its near-copies (id, outlet, date, similarity) when it has any. */
    public static ObjectNode article(Article a, List<Article> copies) {
        try {
            ObjectNode o = (ObjectNode) MAPPER.readTree(io.pressroom.json.ArticleJson.write(a));
            ArrayNode arr = o.putArray("copies");
            for (Article c : copies) {
                arr.addObject().put("id", c.id()).put("outlet", c.outlet()).put("headline", c.headline())
                        .put("published", c.published() == null ? null : c.published().toString())
                        .put("similarity", Math.round(c.links().similarity() * 1000) / 1000.0);
            }
            return o;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ObjectNode statement(io.pressroom.store.Statement s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("speaker", s.speaker());
        o.put("wording", s.wording());
        o.put("report_count", s.reports().size());
        o.put("first_reported", s.first().published());
        o.put("first_outlet", s.first().outlet());
        ArrayNode arr = o.putArray("reports");
        for (io.pressroom.store.Statement.Report r : s.reports()) {
            arr.addObject().put("article", r.articleId()).put("outlet", r.outlet()).put("published", r.published())
                    .put("headline", r.headline()).put("text", r.text()).put("wording", r.wording()).put("said_on", r.saidOn())
                    .put("copy", r.copy());
        }
        return o;
    }

    public static ObjectNode statements(List<io.pressroom.store.Statement> list) {
        return counted("statements", list, ResultJson::statement);
    }

    /** {@code {"count": n, "<field>": [...]}}: the shape of every list the API returns. */
    private static <T> ObjectNode counted(String field, List<T> items, java.util.function.Function<T, ObjectNode> one) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("count", items.size());
        ArrayNode arr = o.putArray(field);
        items.forEach(x -> arr.add(one.apply(x)));
        return o;
    }

    public static ObjectNode story(io.pressroom.store.Story s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("headline", s.headline());
        o.put("first", s.first());
        o.put("last", s.last());
        o.put("articles", s.articles());
        s.names().forEach(o.putArray("names")::add);
        s.speakers().forEach(o.putArray("speakers")::add);
        s.articleIds().forEach(o.putArray("article_ids")::add);
        return o;
    }

    public static ObjectNode stories(List<io.pressroom.store.Story> list) {
        return counted("stories", list, ResultJson::story);
    }

    public static ObjectNode quotes(List<QuoteHit> hits) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("count", hits.size());
        ArrayNode arr = o.putArray("quotes");
        for (QuoteHit h : hits) {
            Article a = h.article();
            Quote q = h.quote();
            ObjectNode n = arr.addObject();
            n.put("text", h.text());
            n.put("type", q.type().json());
            n.put("speaker", q.speaker());
            n.put("speaker_mention", a.text(q.speakerMention()));
            n.put("cue", a.text(q.cue()));
            n.put("said_on", q.saidOn() == null ? null : q.saidOn().toString());
            n.put("article", a.id());
            n.put("headline", a.headline());
            n.put("published", a.published() == null ? null : a.published().toString());
            n.put("outlet", a.outlet());
            n.put("agency", a.agency());
            n.put("start", q.content().start());
            n.put("end", q.content().end());
        }
        return o;
    }

    public static ObjectNode facets(Facets f) {
        ObjectNode o = MAPPER.createObjectNode();
        counts(o.putObject("outlet"), f.outlets());
        counts(o.putObject("agency"), f.agencies());
        counts(o.putObject("speaker"), f.speakers());
        counts(o.putObject("published_month"), f.published());
        counts(o.putObject("person"), f.people());
        counts(o.putObject("organization"), f.organizations());
        counts(o.putObject("place"), f.places());
        return o;
    }

    public static ObjectNode entity(io.pressroom.store.EntityProfile e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type());
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode roles = o.putArray("roles");
        for (var r : e.roles()) {
            ObjectNode n = roles.addObject();
            n.put("title", r.title());
            n.put("first", r.first());
            n.put("last", r.last());
            n.put("articles", r.articles());
        }
        o.put("articles", e.articles());
        // Aliases, roles, quotes and related entities come from these (all, or the earliest and latest when many).
        o.put("articles_read", e.read());
        o.put("quotes", e.quotes());
        o.put("first_seen", e.firstSeen());
        o.put("last_seen", e.lastSeen());
        ArrayNode related = o.putArray("related");
        e.related().forEach(related::add);
        ArrayNode ids = o.putArray("article_ids");
        e.articleIds().forEach(ids::add);
        return o;
    }

    public static ObjectNode timeline(List<io.pressroom.store.TimelineEntry> entries) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode list = o.putArray("events");
        for (var t : entries) {
            ObjectNode n = list.addObject();
            n.put("date", t.value());
            n.put("precision", t.precision());
            n.put("text", t.text());
            ArrayNode actors = n.putArray("actors");
            t.actors().forEach(actors::add);
            ArrayNode sources = n.putArray("sources");
            for (var s : t.sources()) {
                ObjectNode x = sources.addObject();
                x.put("article", s.articleId());
                x.put("headline", s.headline());
                x.put("outlet", s.outlet());
                x.put("published", s.published());
                x.put("start", s.start());
                x.put("end", s.end());
                x.put("time_start", s.timeStart());
                x.put("time_end", s.timeEnd());
            }
        }
        return o;
    }

    public static ObjectNode trend(Trend t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("interval", t.interval());
        ArrayNode points = o.putArray("points");
        for (int i = 0; i < t.intervals().size(); i++) {
            ObjectNode p = points.addObject();
            p.put("date", t.intervals().get(i));
            p.put("total", t.totals()[i]);
            ObjectNode counts = p.putObject("counts");
            ObjectNode ratios = p.putObject("ratios");
            for (var e : t.series().entrySet()) {
                long c = e.getValue()[i];
                counts.put(e.getKey(), c);
                ratios.put(e.getKey(), t.totals()[i] == 0 ? 0.0 : (double) c / t.totals()[i]);
            }
        }
        return o;
    }

    /** One row per interval, a count column and a ratio column per series. RFC 4180 quoting. */
    public static String trendCsv(Trend t) {
        StringBuilder sb = new StringBuilder("date,total");
        for (String k : t.series().keySet()) sb.append(',').append(csv(k)).append(',').append(csv(k + " (ratio)"));
        sb.append("\r\n");
        for (int i = 0; i < t.intervals().size(); i++) {
            sb.append(t.intervals().get(i)).append(',').append(t.totals()[i]);
            for (long[] c : t.series().values()) {
                sb.append(',').append(c[i]).append(',');
                sb.append(t.totals()[i] == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.6f", (double) c[i] / t.totals()[i]));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String csv(String s) {
        // A leading =, +, - or @ would be a formula in spreadsheets: quote and prefix it.
        String v = s.matches("^[=+\\-@].*") ? "'" + s : s;
        return v.matches(".*[\",\r\n].*") || !v.equals(s) ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    public static ObjectNode stats(IndexStats s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("articles", s.articles());
        o.put("with_date", s.withDate());
        o.put("earliest", s.earliest());
        o.put("latest", s.latest());
        counts(o.putObject("agencies"), s.agencies());
        counts(o.putObject("outlets"), s.outlets());
        counts(o.putObject("speakers"), s.speakers());
        o.put("bytes_on_disk", s.bytesOnDisk());
        return o;
    }

    private static void counts(ObjectNode into, Map<String, Long> counts) {
        counts.forEach(into::put);
    }
}
