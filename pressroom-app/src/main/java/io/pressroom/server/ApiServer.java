package io.pressroom.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pressroom.app.ResultJson;
import io.pressroom.json.ArticleJson;
import io.pressroom.model.Article;
import io.pressroom.store.ArticleSearcher;
import io.pressroom.store.QuoteRequest;
import io.pressroom.store.SearchRequest;
import io.pressroom.store.Trend;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The HTTP JSON API over the embedded index (JDK's built-in server: nothing to install). Read-only;
 * binds to 127.0.0.1 unless told otherwise. Every parameter is validated (names, lengths, ranges), no
 * request value ever becomes a file path, errors are JSON {@code {"status", "message"}}.
 *
 * <pre>
 * GET /api/search?q=&from=&to=&outlet=&agency=&speaker=&entity=&offset=&limit=&sort=&all_copies=  results, facets
 * GET /api/articles/{id}                                                       one article, with its copies
 * GET /api/statements?speaker=&min_reports=&limit=, /api/statements/{id}      statements and their reports
 * GET /api/stories?from=&to=&min_articles=&limit=, /api/stories/{id}          stories
 * GET /api/entity?name=                                                       one entity: aliases, roles over time, counts
 * GET /api/entities?type=person|organization|place&limit=                     the most named, with article counts
 * GET /api/timeline?q=&entity=&from=&to=&limit=                               dated events, each with all its sources
 * GET /api/quotes?q=&speaker=&from=&to=&limit=                                 quotations
 * GET /api/speakers?limit=                                                     most quoted speakers
 * GET /api/trends?q=..&q=..&interval=&by=&from=&to=&format=json|csv            counts over time
 * GET /api/stats                                                               what the index holds
 * GET /api/openapi.json                                                        this API, described
 * </pre>
 */
public final class ApiServer implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern STATEMENT_ID = Pattern.compile("[0-9a-f]{16}\\.[0-9]{1,5}");
    private static final Set<String> SORTS = Set.of("relevance", "newest", "oldest");
    /**
     * The web UI: a fixed list of bundled files. Request paths are looked up here, never turned into
     * file names, so no request can reach the file system.
     */
    private static final Map<String, String[]> WEB = Map.ofEntries(
            Map.entry("/stories.html", new String[] {"web/stories.html", "text/html"}),
            Map.entry("/statements.html", new String[] {"web/statements.html", "text/html"}),
            Map.entry("/entity.html", new String[] {"web/entity.html", "text/html"}),
            Map.entry("/timeline.html", new String[] {"web/timeline.html", "text/html"}),
            Map.entry("/", new String[] {"web/index.html", "text/html"}),
            Map.entry("/index.html", new String[] {"web/index.html", "text/html"}),
            Map.entry("/article.html", new String[] {"web/article.html", "text/html"}),
            Map.entry("/speaker.html", new String[] {"web/speaker.html", "text/html"}),
            Map.entry("/trends.html", new String[] {"web/trends.html", "text/html"}),
            Map.entry("/app.js", new String[] {"web/app.js", "text/javascript"}),
            Map.entry("/style.css", new String[] {"web/style.css", "text/css"}),
            Map.entry("/vendor/chart.umd.js", new String[] {"web/vendor/chart.umd.js", "text/javascript"}),
            Map.entry("/vendor/LICENSE-chart.js.md", new String[] {"web/vendor/LICENSE-chart.js.md", "text/plain"}));
    /** Page parameters are read by the page's script, not by the server; they are still bounded. */
    private static final Set<String> WEB_PARAMS = Set.of("q", "from", "to", "sort", "agency", "outlet", "speaker", "offset",
            "id", "name", "interval", "by", "measure", "min_reports", "entity");

    private final HttpServer http;
    private final IndexHolder index;
    private final ExecutorService pool;

    private ApiServer(HttpServer http, IndexHolder index, ExecutorService pool) {
        this.http = http;
        this.index = index;
        this.pool = pool;
    }

    /** Starts serving; port 0 picks a free port (see {@link #port()}). */
    public static ApiServer start(Path data, String host, int port, int threads) throws IOException {
        IndexHolder index = new IndexHolder(data);
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
        // ACK: every response waits about 40 ms. Read once, when the server classes first load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 128);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pressroom-http");
            t.setDaemon(true);
            return t;
        });
        ApiServer server = new ApiServer(http, index, pool);
        http.createContext("/", server::handle);
        http.setExecutor(pool);
        http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String host() {
        return http.getAddress().getHostString();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            try {
                if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                    throw new ApiException(405, "only GET is supported");
                }
                route(ex);
            } catch (ApiException e) {
                sendError(ex, e.status, e.getMessage());
            } catch (IllegalArgumentException e) {
                sendError(ex, 400, e.getMessage());
            } catch (RuntimeException | IOException e) {
                sendError(ex, 500, "internal error");
            }
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.length() > 200) throw new ApiException(414, "path too long");
        ArticleSearcher s = index.get();
        switch (path) {
            case "/api/search" -> sendJson(ex, search(ex, s));
            case "/api/quotes" -> {
                Params p = new Params(ex.getRequestURI(), Set.of("q", "speaker", "from", "to", "limit"));
                sendJson(ex, ResultJson.quotes(s.searchQuotes(new QuoteRequest(p.string("q"), p.string("speaker"), p.date("from"),
                        p.date("to"), p.integer("limit", 50, 1, SearchRequest.MAX_LIMIT)))));
            }
            case "/api/speakers" -> {
                Params p = new Params(ex.getRequestURI(), Set.of("limit"));
                int limit = p.integer("limit", 50, 1, 1000);
                ObjectNode o = ResultJson.MAPPER.createObjectNode();
                var arr = o.putArray("speakers");
                s.speakers().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                        .forEach(e -> arr.addObject().put("name", e.getKey()).put("articles", e.getValue()));
                sendJson(ex, o);
            }
            case "/api/trends" -> trends(ex, s);
            case "/api/statements" -> {
                Params p = new Params(ex.getRequestURI(), Set.of("speaker", "min_reports", "limit"));
                sendJson(ex, ResultJson.statements(s.statements(p.string("speaker"), p.integer("min_reports", 2, 1, 10_000),
                        p.integer("limit", 50, 1, 1000))));
            }
            case "/api/stories" -> {
                Params p = new Params(ex.getRequestURI(), Set.of("from", "to", "min_articles", "limit"));
                sendJson(ex, ResultJson.stories(s.stories(p.date("from"), p.date("to"), p.integer("min_articles", 2, 1, 10_000),
                        p.integer("limit", 50, 1, 1000))));
            }
            case "/api/entity" -> {
                Params p = new Params(ex.getRequestURI(), Set.of("name"));
                String name = p.string("name");
                if (name == null || name.isBlank()) throw new ApiException(400, "give the entity as name=");
                sendJson(ex, ResultJson.entity(s.entity(name).orElseThrow(() -> new ApiException(404, "no entity named " + name))));
            }
            case "/api/timeline" -> {
                Params p = new Params(ex.getRequestURI(), Set.of("q", "entity", "from", "to", "limit"));
                sendJson(ex, ResultJson.timeline(s.timeline(p.string("entity"), p.string("q"), io.pressroom.cli.Dates.first(p.date("from")),
                        io.pressroom.cli.Dates.last(p.date("to")), p.integer("limit", 100, 1, 1000))));
            }
            case "/api/entities" -> {
                Params p = new Params(ex.getRequestURI(), Set.of("type", "limit"));
                String type = p.oneOf("type", "person", Set.of("person", "organization", "place"));
                ObjectNode o = ResultJson.MAPPER.createObjectNode();
                o.put("type", type);
                var arr = o.putArray("entities");
                s.entities(type, p.integer("limit", 50, 1, 1000)).forEach((name, n) -> arr.addObject().put("name", name)
                        .put("id", io.pressroom.model.Mention.idOf(type, name)).put("articles", n));
                sendJson(ex, o);
            }
            case "/api/stats" -> {
                new Params(ex.getRequestURI(), Set.of());
                sendJson(ex, ResultJson.stats(s.stats()));
            }
            case "/api/openapi.json" -> sendResource(ex, "openapi.json", "application/json");
            case "/api", "/api/" -> {
                ObjectNode o = ResultJson.MAPPER.createObjectNode();
                o.put("name", "Pressroom API");
                o.put("openapi", "/api/openapi.json");
                sendJson(ex, o);
            }
            default -> {
                if (path.startsWith("/api/articles/")) {
                    String id = path.substring("/api/articles/".length());
                    if (!ID.matcher(id).matches()) throw new ApiException(400, "an article id is 16 hex digits");
                    new Params(ex.getRequestURI(), Set.of());
                    Optional<Article> a = s.get(id);
                    if (a.isEmpty()) throw new ApiException(404, "no article with id " + id);
                    Article art = a.get();
                    String group = art.links().duplicateOf() != null ? art.links().duplicateOf() : art.id();
                    List<Article> copies = s.copiesOf(group).stream().filter(c -> !c.id().equals(art.id())).toList();
                    sendJson(ex, ResultJson.article(art, copies));
                } else if (path.startsWith("/api/statements/")) {
                    String id = path.substring("/api/statements/".length());
                    if (!STATEMENT_ID.matcher(id).matches()) throw new ApiException(400, "a statement id is an article id, a dot and a number");
                    new Params(ex.getRequestURI(), Set.of());
                    sendJson(ex, ResultJson.statement(s.statement(id).orElseThrow(() -> new ApiException(404, "no statement " + id))));
                } else if (path.startsWith("/api/stories/")) {
                    String id = path.substring("/api/stories/".length());
                    if (!ID.matcher(id).matches()) throw new ApiException(400, "a story id is 16 hex digits");
                    new Params(ex.getRequestURI(), Set.of());
                    sendJson(ex, ResultJson.story(s.story(id).orElseThrow(() -> new ApiException(404, "no story " + id))));
                } else if (WEB.containsKey(path)) {
                    new Params(ex.getRequestURI(), WEB_PARAMS);
                    sendResource(ex, WEB.get(path)[0], WEB.get(path)[1]);
                } else {
                    throw new ApiException(404, "no such endpoint; see /api/openapi.json");
                }
            }
        }
    }

    private ObjectNode search(HttpExchange ex, ArticleSearcher s) throws IOException {
        Params p = new Params(ex.getRequestURI(), Set.of("q", "from", "to", "outlet", "agency", "speaker", "offset", "limit", "sort", "facets",
                "all_copies", "entity"));
        SearchRequest.Order order = SearchRequest.Order.valueOf(p.oneOf("sort", "relevance", SORTS).toUpperCase(java.util.Locale.ROOT));
        SearchRequest r = new SearchRequest(p.string("q"), p.date("from"), p.date("to"), p.string("outlet"), p.string("agency"),
                p.string("speaker"), p.integer("offset", 0, 0, 10_000), p.integer("limit", 10, 1, 100), order,
                "true".equals(p.oneOf("all_copies", "false", Set.of("true", "false")))).withEntity(p.string("entity"));
        ObjectNode o = ResultJson.search(s.search(r));
        if (!"false".equals(p.string("facets"))) o.set("facets", ResultJson.facets(s.facets(r, 20)));
        return o;
    }

    private void trends(HttpExchange ex, ArticleSearcher s) throws IOException {
        Params p = new Params(ex.getRequestURI(), Set.of("q", "interval", "by", "from", "to", "format"));
        List<String> queries = p.all("q").stream().map(String::strip).filter(q -> !q.isEmpty()).distinct().toList();
        if (queries.isEmpty()) throw new ApiException(400, "give one or more phrases as q (q=...&q=...)");
        String interval = p.oneOf("interval", "month", Set.of("day", "month", "year"));
        String by = p.oneOf("by", "none", Set.of("none", "outlet", "speaker"));
        String format = p.oneOf("format", "json", Set.of("json", "csv"));
        Trend t = s.trend(queries, interval, by.equals("none") ? null : by, p.date("from"), p.date("to"));
        if (format.equals("csv")) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"pressroom-trends.csv\"");
            send(ex, 200, "text/csv; charset=utf-8", ResultJson.trendCsv(t).getBytes(StandardCharsets.UTF_8));
        } else {
            sendJson(ex, ResultJson.trend(t));
        }
    }

    private static void sendJson(HttpExchange ex, Object body) throws IOException {
        send(ex, 200, "application/json; charset=utf-8", ResultJson.MAPPER.writeValueAsBytes(body));
    }

    private static void sendError(HttpExchange ex, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message == null ? "error" : message);
        send(ex, status, "application/json; charset=utf-8", ResultJson.MAPPER.writeValueAsBytes(body));
    }

    private void sendResource(HttpExchange ex, String name, String type) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) throw new ApiException(404, "not found");
            send(ex, 200, type + "; charset=utf-8", in.readAllBytes());
        }
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        pool.shutdownNow();
        index.close();
    }
}
