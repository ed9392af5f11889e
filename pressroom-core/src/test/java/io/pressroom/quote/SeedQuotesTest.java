package io.pressroom.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.testing.RepoFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All 40 hand-made gold quotations of the samples: found (a predicted quotation covers at least 80%
 * of the gold content, as ../shared/tools/check_seeds.py counts it), with the right resolved speaker,
 * cue, type, and date said.
 */
class SeedQuotesTest {

    record Case(String file, JsonNode quote) {
        @Override
        public String toString() {
            return file.substring(0, 3) + " " + quote.get("speaker").asText() + ": " + quote.get("content").asText().substring(0, 30);
        }
    }

    static Stream<Case> gold() throws Exception {
        try (InputStream in = SeedQuotesTest.class.getResourceAsStream("/gold/seeds.json")) {
            List<Case> out = new ArrayList<>();
            for (JsonNode article : new ObjectMapper().readTree(in)) {
                for (JsonNode q : article.get("quotes")) out.add(new Case(article.get("file").asText(), q));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void goldQuoteIsFoundWithSpeakerCueTypeAndDate(Case c) throws Exception {
        Path file = RepoFiles.samples().resolve(c.file());
        Article a = Pipeline.standard().process(RawDocument.ofBytes(file.toString(), Files.readAllBytes(file), "text/plain", null));
        JsonNode g = c.quote();
        String content = g.get("content").asText();
        int s = a.body().indexOf(content);
        assertThat(s).as("gold content in the body").isNotNegative();
        int e = s + content.length();
        Quote best = a.quotes().stream()
                .max(Comparator.comparingInt((Quote q) -> overlap(s, e, q.content().start(), q.content().end())))
                .orElseThrow();
        assertThat(overlap(s, e, best.content().start(), best.content().end())).as("overlap").isGreaterThanOrEqualTo((int) Math.ceil(0.8 * (e - s)));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(best.speaker()).as("speaker").isEqualTo(g.get("speaker").asText());
        soft.assertThat(a.text(best.speakerMention()).toLowerCase(Locale.ROOT)).as("speaker mention")
                .isEqualTo(g.get("speaker_mention").asText().toLowerCase(Locale.ROOT));
        // The gold writes one phrasal cue without its particle ("hinted" for "hinted at", but "called
        // for" with it); ours always spans the particle, so a trailing particle is allowed.
        soft.assertThat(a.text(best.cue())).as("cue").isIn(g.get("cue").asText(), g.get("cue").asText() + " at");
        soft.assertThat(best.type().json()).as("type").isEqualTo(g.get("type").asText());
        String saidOn = g.get("said_on").isNull() ? null : g.get("said_on").asText();
        soft.assertThat(best.saidOn() == null ? null : best.saidOn().toString()).as("said on").isEqualTo(saidOn);
        soft.assertAll();
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }
}
