package io.pressroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.model.DocumentHints;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.store.ArticleWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API on a real socket (localhost, a free port), over the samples and one hostile article. */
class ApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path dir;
    static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        String hostile = "SEOUL -- The spokesman said <script>alert('x')</script> was \"<img src=x onerror=alert(1)>\" and "
                + "<a href=\"javascript:alert(2)\">click</a> tricks, officials said on Monday.";
        server = ApiServer.start(DemoIndex.build(dir, hostile, "<b>Hostile</b> headline"), "127.0.0.1", 0, 4);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    @Test
    void storiesStatementsAndFlags() throws Exception {
        // The two Pentagon articles (samples 000 and 001) name the same people on the same days: one story.
        JsonNode stories = json("/api/stories?min_articles=2");
        assertThat(stories.get("count").asInt()).isEqualTo(1);
        JsonNode story = stories.get("stories").get(0);
        assertThat(story.get("articles").asInt()).isEqualTo(2);
        assertThat(story.get("names").toString()).contains("john kirby");
        assertThat(json("/api/stories/" + story.get("id").asText()).get("article_ids")).hasSize(2);
        // Sample 001's photo caption is dated a year before its dateline.
        String id = json("/api/search?q=diplomacy+preconditions").get("hits").get(0).get("id").asText();
        JsonNode flags = json("/api/articles/" + id).get("flags");
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("value").asText()).isEqualTo("Jan. 21, 2021");
        assertThat(flags.get(0).get("other_value").asText()).isEqualTo("2022-01-21");
        // Every quotation is a statement of its own here (no other outlet reports the same words).
        JsonNode a = json("/api/articles/" + id);
        String statement = a.get("quotes").get(0).get("statement").asText();
        assertThat(json("/api/statements/" + statement).get("reports")).hasSize(1);
        assertThat(json("/api/statements?min_reports=1&limit=5").get("count").asInt()).isEqualTo(5);
        assertThat(json("/api/statements").get("count").asInt()).isZero();
        assertThat(get("/api/statements/" + id).statusCode()).isEqualTo(400);
        assertThat(get("/api/statements/" + id + ".999").statusCode()).isEqualTo(404);
        assertThat(get("/api/stories/xyz").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=Kirby&all_copies=maybe").statusCode()).isEqualTo(400);
        assertThat(json("/api/search?q=Kirby&all_copies=true").get("hits")).hasSize(2);
    }

    @Test
    void entityPagesTimelineAndEntityFilters() throws Exception {
        JsonNode kirby = json("/api/entity?name=Kirby");
        assertThat(kirby.get("id").asText()).isEqualTo("person:john-kirby");
        assertThat(kirby.get("articles").asInt()).isEqualTo(2);
        assertThat(kirby.get("roles").toString()).contains("Pentagon press secretary");
        assertThat(kirby.get("quotes").asInt()).isPositive();
        // Samples 000 and 004 both date North Korea's last nuclear test to September 2017: one event, two sources.
        JsonNode timeline = json("/api/timeline?entity=North+Korea&from=2017-09&to=2017-09");
        assertThat(timeline.get("events")).hasSize(1);
        assertThat(timeline.get("events").get(0).get("date").asText()).isEqualTo("2017-09");
        assertThat(timeline.get("events").get(0).get("sources")).hasSize(2);
        assertThat(json("/api/search?entity=person:park-jin&facets=false").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/search?q=Kirby").get("facets").get("person").has("John Kirby")).isTrue();
        assertThat(get("/api/entity").statusCode()).isEqualTo(400);
        assertThat(get("/api/entity?name=Nobody+Atall").statusCode()).isEqualTo(404);
        assertThat(get("/api/timeline?from=2017-13").statusCode()).isEqualTo(400);
        assertThat(get("/api/timeline?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/timeline?color=red").statusCode()).isEqualTo(400);
        // A text query narrows the timeline to the articles that have its words.
        assertThat(json("/api/timeline?q=Singapore+summit").get("events")).extracting(e -> e.get("date").asText()).contains("2018-06")
                .doesNotContain("2017-11");
        JsonNode people = json("/api/entities?type=person&limit=5");
        assertThat(people.get("entities").get(0).get("id").asText()).startsWith("person:");
        assertThat(people.get("entities").toString()).contains("\"name\":\"John Kirby\",\"id\":\"person:john-kirby\",\"articles\":2");
        assertThat(get("/api/entities?type=thing").statusCode()).isEqualTo(400);
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(server.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void searchWithFacets() throws Exception {
        JsonNode r = json("/api/search?q=diplomacy+preconditions");
        assertThat(r.get("hits").get(0).get("source").asText()).contains("001_1e7afefe1c3174b8");
        assertThat(r.get("facets").get("agency").get("Yonhap").asInt()).isEqualTo(1);
        assertThat(r.get("facets").get("speaker").has("John Kirby")).isTrue();
        assertThat(r.get("facets").get("published_month").get("2022-01").asInt()).isEqualTo(1);
        JsonNode bySpeaker = json("/api/search?speaker=Park+Jin&facets=false");
        assertThat(bySpeaker.get("total").asInt()).isEqualTo(1);
        assertThat(bySpeaker.has("facets")).isFalse();
    }

    @Test
    void articleWithQuotes() throws Exception {
        String id = json("/api/search?q=Blinken").get("hits").get(0).get("id").asText();
        JsonNode a = json("/api/articles/" + id);
        assertThat(a.get("quotes").size()).isGreaterThanOrEqualTo(18);
        assertThat(get("/api/articles/0000000000000000").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(400);
    }

    @Test
    void quotesAndSpeakers() throws Exception {
        JsonNode q = json("/api/quotes?speaker=blinken&limit=100");
        assertThat(q.get("count").asInt()).isGreaterThanOrEqualTo(6);
        // Every word of the name asked for is in the resolved speaker ("Antony Blinken", "Park and Blinken").
        q.get("quotes").forEach(x -> assertThat(x.get("speaker").asText()).contains("Blinken"));
        JsonNode s = json("/api/speakers?limit=3");
        assertThat(s.get("speakers").get(0).get("name").asText()).isEqualTo("John Kirby");
    }

    @Test
    void trendsAsJsonAndCsv() throws Exception {
        JsonNode t = json("/api/trends?q=denuclearization&q=tricks&interval=month");
        assertThat(t.get("points")).hasSize(3); // 2022-01 .. 2022-03, the empty month included
        JsonNode jan = t.get("points").get(0);
        assertThat(jan.get("date").asText()).isEqualTo("2022-01");
        assertThat(jan.get("counts").get("denuclearization").asInt()).isEqualTo(1);
        assertThat(jan.get("ratios").get("denuclearization").asDouble()).isEqualTo(1.0);
        assertThat(t.get("points").get(2).get("counts").get("tricks").asInt()).isEqualTo(1);
        HttpResponse<String> csv = get("/api/trends?q=denuclearization&q=tricks&format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body().split("\r\n")).containsExactly(
                "date,total,denuclearization,denuclearization (ratio),tricks,tricks (ratio)",
                "2022-01,1,1,1.000000,0,0.000000",
                "2022-02,0,0,0,0,0",
                "2022-03,1,0,0.000000,1,1.000000");
    }

    @Test
    void hostileTextIsEscapedInSnippets() throws Exception {
        JsonNode hit = json("/api/search?q=tricks").get("hits").get(0);
        String html = hit.get("snippet_html").asText();
        assertThat(html).doesNotContain("<script", "<img", "<a ").contains("&lt;a href=&quot;javascript:").contains("<mark>tricks</mark>");
    }

    @Test
    void badRequestsGetJsonErrors() throws Exception {
        for (String bad : new String[] {"/api/search?bogus=1", "/api/search?limit=0", "/api/search?limit=x", "/api/search?from=yesterday",
                "/api/search?sort=random", "/api/search?q=" + "x".repeat(600), "/api/trends", "/api/trends?q=a&interval=week"}) {
            HttpResponse<String> r = get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            JsonNode e = JSON.readTree(r.body());
            assertThat(e.get("status").asInt()).isEqualTo(400);
            assertThat(e.get("message").asText()).isNotBlank();
        }
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void aRunningServerSeesWhatAnIngestCommits(@TempDir Path other) throws Exception {
        Path data = other.resolve("data");
        Pipeline pipeline = Pipeline.standard();
        try (ArticleWriter w = ArticleWriter.open(data)) {
            w.add(pipeline.process(RawDocument.ofText("a.jsonl:1", "Farm prices rose sharply in March, traders said.",
                    Pipeline.RECORD_TYPE, null, DocumentHints.NONE)));
        }
        try (ApiServer own = ApiServer.start(data, "127.0.0.1", 0, 2)) {
            String base = "http://127.0.0.1:" + own.port();
            java.util.function.Function<String, Integer> total = q -> {
                try {
                    return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + q)).build(),
                            HttpResponse.BodyHandlers.ofString()).body()).get("total").asInt();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            assertThat(total.apply("cocoa")).isZero();
            try (ArticleWriter w = ArticleWriter.open(data)) {
                w.add(pipeline.process(RawDocument.ofText("b.jsonl:1", "Cocoa arrivals fell in the Bahia zone, exporters said.",
                        Pipeline.RECORD_TYPE, null, DocumentHints.NONE)));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (total.apply("cocoa") == 0 && System.nanoTime() < deadline) Thread.sleep(200);
            assertThat(total.apply("cocoa")).isEqualTo(1);
        }
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode spec = json("/api/openapi.json");
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        assertThat(spec.get("paths").has("/api/search")).isTrue();
        for (String p : new String[] {"/api/articles/{id}", "/api/quotes", "/api/speakers", "/api/trends", "/api/stats",
                "/api/entity", "/api/timeline", "/api/entities"}) {
            assertThat(spec.get("paths").has(p)).as(p).isTrue();
        }
    }
}
