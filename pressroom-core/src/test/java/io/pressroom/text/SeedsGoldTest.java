package io.pressroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.model.Article;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.testing.RepoFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three bundled samples against their hand-made gold (a copy of ../shared/gold/seeds.json in
 * the test resources): headline, publication time, dateline, byline, agency, captions (each exactly
 * once), the body's first and last line, and no listed boilerplate line left in the body. Same
 * comparison rules as ../shared/tools/check_seeds.py (whitespace-collapsed, case-insensitive).
 */
class SeedsGoldTest {

    static Stream<JsonNode> gold() throws Exception {
        try (InputStream in = SeedsGoldTest.class.getResourceAsStream("/gold/seeds.json")) {
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(out::add);
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void sampleMatchesGoldMetadata(JsonNode g) throws Exception {
        Path file = RepoFiles.samples().resolve(g.get("file").asText());
        Article a = Pipeline.standard().process(RawDocument.ofBytes(file.toString(), Files.readAllBytes(file), "text/plain", null));

        SoftAssertions soft = new SoftAssertions();
        for (String k : List.of("headline", "dateline", "byline", "agency")) {
            if (g.get(k).isNull()) continue;
            String actual = switch (k) {
                case "headline" -> a.headline();
                case "dateline" -> a.dateline();
                case "byline" -> a.byline();
                default -> a.agency();
            };
            soft.assertThat(norm(actual)).as(k).isEqualTo(norm(g.get(k).asText()));
        }
        if (g.get("published").isNull()) {
            soft.assertThat(a.published()).as("published (the page states no date: nothing may be invented)").isNull();
        } else {
            String want = g.get("published").asText();
            soft.assertThat(a.published()).as("published").isNotNull();
            if (a.published() != null) {
                soft.assertThat(a.published().toString()).as("published").startsWith(want.substring(0, 16));
                soft.assertThat(a.published().offset()).as("published offset").hasToString(want.substring(16));
            }
        }
        List<String> captions = a.captions().stream().map(SeedsGoldTest::norm).toList();
        for (JsonNode c : g.get("captions")) {
            soft.assertThat(captions.stream().filter(norm(c.asText())::equals).count())
                    .as("caption exactly once: " + c.asText()).isEqualTo(1);
        }
        soft.assertThat(norm(a.body())).as("body start").startsWith(norm(g.get("body_first").asText()));
        soft.assertThat(norm(a.body())).as("body end").endsWith(norm(g.get("body_last").asText()));
        List<String> bodyLines = Arrays.stream(a.body().split("\n")).map(SeedsGoldTest::norm).toList();
        for (JsonNode b : g.get("boilerplate")) {
            soft.assertThat(bodyLines).as("boilerplate left in body").doesNotContain(norm(b.asText()));
        }
        // Captions are kept apart from the body.
        for (JsonNode c : g.get("captions")) {
            soft.assertThat(norm(a.body())).as("caption inside body").doesNotContain(norm(c.asText()));
        }
        soft.assertAll();
    }

    static String norm(String s) {
        return s == null ? "" : String.join(" ", s.strip().split("\\s+")).toLowerCase(Locale.ROOT);
    }
}
