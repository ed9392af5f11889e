package io.pressroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pressroom.model.Article;
import io.pressroom.model.DocumentHints;
import io.pressroom.model.PartialDateTime;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    @TempDir Path dir;

    static Article article(String title, String published, String agency, String outlet, String text) throws Exception {
        DocumentHints h = new DocumentHints(title, null, published, null, null, agency, outlet);
        return Pipeline.standard().process(RawDocument.ofText(title + ".jsonl:1", text, Pipeline.RECORD_TYPE, null, h));
    }

    static List<Article> corpus() throws Exception {
        return List.of(
                article("Talks on the peninsula", "2022-01-21", "Yonhap", "Korea Herald",
                        "Diplomacy is the best way forward, the spokesman said. We are willing to meet with no preconditions."),
                article("Missile tests resume", "2022-03-02", "Reuters", null,
                        "North Korea fired two missiles on Wednesday. Diplomacy has stalled since 2019."),
                article("Farm prices", "1987-02-26", null, null,
                        "Cocoa prices rose as drought hit the Bahia zone. Preconditions for a recovery are weak."),
                article("Undated note", null, null, null, "A note about <script>alert('x')</script> diplomacy & tricks."));
    }

    @Test
    void everyWordMustMatchAndBestFirst() throws Exception {
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            for (Article a : corpus()) assertThat(w.add(a)).isEqualTo(ArticleWriter.Outcome.NEW);
        }
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            SearchResult r = s.search(SearchRequest.of("diplomacy preconditions", 10));
            assertThat(r.allTerms()).isTrue();
            assertThat(r.hits()).extracting(SearchHit::headline).containsExactly("Talks on the peninsula");
            Snippet snippet = r.hits().get(0).snippet();
            assertThat(snippet.highlights()).isNotEmpty();
            for (Snippet.Range h : snippet.highlights()) {
                assertThat(snippet.text().substring(h.start(), h.end()).toLowerCase()).isIn("diplomacy", "preconditions");
            }
            // Stemming: "missile" finds "missiles".
            assertThat(s.search(SearchRequest.of("missile", 10)).hits()).extracting(SearchHit::headline).containsExactly("Missile tests resume");
            // No article has all words: fall back to any word, and say so.
            SearchResult relaxed = s.search(SearchRequest.of("cocoa missiles", 10));
            assertThat(relaxed.allTerms()).isFalse();
            assertThat(relaxed.total()).isEqualTo(2);
        }
    }

    @Test
    void filtersByDateAgencyAndOutlet() throws Exception {
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            for (Article a : corpus()) w.add(a);
        }
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            SearchRequest in2022 = new SearchRequest("diplomacy", PartialDateTime.parseIso("2022"), PartialDateTime.parseIso("2022"),
                    null, null, 0, 10, SearchRequest.Order.NEWEST);
            assertThat(s.search(in2022).hits()).extracting(SearchHit::headline).containsExactly("Missile tests resume", "Talks on the peninsula");
            SearchRequest jan = new SearchRequest("", PartialDateTime.parseIso("2022-01-01"), PartialDateTime.parseIso("2022-01-31"),
                    null, null, 0, 10, SearchRequest.Order.RELEVANCE);
            assertThat(s.search(jan).hits()).extracting(SearchHit::headline).containsExactly("Talks on the peninsula");
            SearchRequest yonhap = new SearchRequest("", null, null, null, "yonhap", 0, 10, SearchRequest.Order.RELEVANCE);
            assertThat(s.search(yonhap).total()).isEqualTo(1);
            SearchRequest herald = new SearchRequest("diplomacy", null, null, "KOREA HERALD", null, 0, 10, SearchRequest.Order.RELEVANCE);
            assertThat(s.search(herald).hits()).extracting(SearchHit::headline).containsExactly("Talks on the peninsula");
            SearchRequest oldest = new SearchRequest("", null, null, null, null, 0, 10, SearchRequest.Order.OLDEST);
            assertThat(s.search(oldest).hits()).extracting(SearchHit::headline)
                    .containsExactly("Farm prices", "Talks on the peninsula", "Missile tests resume", "Undated note");
            SearchRequest page2 = new SearchRequest("", null, null, null, null, 2, 1, SearchRequest.Order.OLDEST);
            assertThat(s.search(page2).hits()).extracting(SearchHit::headline).containsExactly("Missile tests resume");
        }
    }

    @Test
    void snippetsEscapeHostileText() throws Exception {
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            for (Article a : corpus()) w.add(a);
        }
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            String html = s.search(SearchRequest.of("tricks", 1)).hits().get(0).snippet().html();
            assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("<mark>tricks</mark>").contains("&amp;");
        }
    }

    @Test
    void sameContentIsAddedOnceAcrossRuns() throws Exception {
        List<Article> docs = corpus();
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            assertThat(w.add(docs.get(0))).isEqualTo(ArticleWriter.Outcome.NEW);
            assertThat(w.add(docs.get(0))).isEqualTo(ArticleWriter.Outcome.DUPLICATE);
        }
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            assertThat(w.add(docs.get(0))).isEqualTo(ArticleWriter.Outcome.DUPLICATE);
            assertThat(w.add(docs.get(1))).isEqualTo(ArticleWriter.Outcome.NEW);
        }
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            assertThat(s.size()).isEqualTo(2);
            // Stored as given, plus its links (a story of its own: nothing else is like it).
            Article stored = s.get(docs.get(1).id()).orElseThrow();
            assertThat(stored.withLinks(io.pressroom.model.Links.NONE)).isEqualTo(docs.get(1));
            assertThat(stored.links().story()).isEqualTo(docs.get(1).id());
            assertThat(s.idsWithPrefix(docs.get(1).id().substring(0, 6), 5)).containsExactly(docs.get(1).id());
        }
    }

    @Test
    void anIndexOfAnOlderSchemaIsRefusedForWritingWithTheWayOut() throws Exception {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var old = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            old.setLiveCommitData(java.util.Map.of(Schema.VERSION_KEY, "1").entrySet());
            old.commit();
        }
        assertThatThrownBy(() -> ArticleWriter.open(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema 1").hasMessageContaining("new --data folder");
        // The refusal released the index: a reader still opens it.
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            assertThat(s.size()).isZero();
        }
    }

    @Test
    void aSecondWriterIsRefusedWhileReadersStillWork() throws Exception {
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            w.add(corpus().get(0));
            w.commit();
            assertThatThrownBy(() -> ArticleWriter.open(dir)).isInstanceOf(IndexInUseException.class).hasMessageContaining("index is in use");
            try (ArticleSearcher s = ArticleSearcher.open(dir)) {
                assertThat(s.size()).isEqualTo(1);
            }
        }
    }

    @Test
    void anInterruptedRunKeepsTheLastCommitAndCanBeResumed() throws Exception {
        List<Article> docs = corpus();
        ArticleWriter w = ArticleWriter.open(dir);
        w.add(docs.get(0));
        w.add(docs.get(1));
        w.commit();
        w.add(docs.get(2));
        // The process dies before the next commit: nothing after the commit survives, nothing before is lost.
        w.rollback();
        w.close();
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            assertThat(s.size()).isEqualTo(2);
            assertThat(s.search(SearchRequest.of("diplomacy", 10)).total()).isEqualTo(2);
        }
        List<ArticleWriter.Outcome> outcomes = new ArrayList<>();
        try (ArticleWriter again = ArticleWriter.open(dir)) {
            for (Article a : docs) outcomes.add(again.add(a));
        }
        assertThat(outcomes).containsExactly(ArticleWriter.Outcome.DUPLICATE, ArticleWriter.Outcome.DUPLICATE,
                ArticleWriter.Outcome.NEW, ArticleWriter.Outcome.NEW);
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            assertThat(s.size()).isEqualTo(4);
            IndexStats stats = s.stats();
            assertThat(stats.withDate()).isEqualTo(3);
            assertThat(stats.agencies()).containsEntry("Yonhap", 1L).containsEntry("Reuters", 1L);
            assertThat(stats.earliest()).startsWith("1987-02-26");
        }
    }

    @Test
    void monthIndexAgreesWithTheCalendar() {
        for (java.time.LocalDate d = java.time.LocalDate.of(1899, 12, 25); d.isBefore(java.time.LocalDate.of(2101, 1, 5)); d = d.plusDays(13)) {
            assertThat(ArticleSearcher.monthIndex(d.toEpochDay())).as(d.toString()).isEqualTo((d.getYear() - 1800) * 12 + d.getMonthValue() - 1);
        }
    }

    @Test
    void noIndexIsAClearError() {
        assertThatThrownBy(() -> ArticleSearcher.open(dir.resolve("nothing"))).isInstanceOf(NoIndexException.class);
    }

    @Test
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> SearchRequest.of("x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("x".repeat(SearchRequest.MAX_QUERY_LENGTH + 1), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchRequest("x", PartialDateTime.parseIso("2023"), PartialDateTime.parseIso("2022"), null, null, 0, 10, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
