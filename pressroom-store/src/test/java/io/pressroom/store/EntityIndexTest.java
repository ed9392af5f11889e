package io.pressroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity pages, the timeline and entity filters over an index of articles written for this test. */
class EntityIndexTest {
    @TempDir Path dir;

    private void ingest() throws Exception {
        List<Article> articles = List.of(
                ArticleIndexTest.article("Pentagon on talks", "2021-03-10", null, "Daily Gazette", """
                        US Defense Department spokesman John Kirby said the United States wants talks with North Korea.

                        "Diplomacy is the way forward," Kirby said. North Korea conducted its sixth nuclear test in September 2017."""),
                ArticleIndexTest.article("Kirby on missiles", "2022-01-21", null, "Capital News", """
                        Pentagon press secretary John Kirby said Pyongyang must stop its missile launches.

                        "We remain open to dialogue," Kirby told reporters. North Korea conducted its sixth nuclear test in \
                        September 2017, and the first Trump-Kim summit was held in Singapore in June 2018."""),
                ArticleIndexTest.article("Seoul reacts", "2022-01-22", null, "Korea Daily", """
                        South Korean Foreign Minister Park Jin said Seoul would work with Washington.

                        Park met officials of the United Nations in New York in March 2022."""));
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            for (Article a : articles) w.addLinked(a);
        }
    }

    @Test
    void anEntityPageGathersAliasesRolesOverTimeAndQuotes() throws Exception {
        ingest();
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            EntityProfile kirby = s.entity("Kirby").orElseThrow();
            assertThat(kirby.id()).isEqualTo("person:john-kirby");
            assertThat(kirby.name()).isEqualTo("John Kirby");
            assertThat(kirby.aliases()).contains("Kirby");
            assertThat(kirby.articles()).isEqualTo(2);
            assertThat(kirby.quotes()).isGreaterThanOrEqualTo(2);
            assertThat(kirby.firstSeen()).isEqualTo("2021-03-10");
            assertThat(kirby.lastSeen()).isEqualTo("2022-01-21");
            // The role history: each title with the days it was used, oldest first.
            assertThat(kirby.roles()).extracting(EntityProfile.Role::title, EntityProfile.Role::first)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("US Defense Department spokesman", "2021-03-10"),
                            org.assertj.core.groups.Tuple.tuple("Pentagon press secretary", "2022-01-21"));
            assertThat(s.entity("person:john-kirby")).get().extracting(EntityProfile::name).isEqualTo("John Kirby");
            // An alias reaches the same entity as its canonical name.
            assertThat(s.entity("N. Korea")).get().extracting(EntityProfile::id).isEqualTo("place:north-korea");
            assertThat(s.entity("Nobody Atall")).isEmpty();
        }
    }

    @Test
    void anEntityInMoreArticlesThanAreReadKeepsItsExactCountAndBothEndsOfItsRoleHistory() throws Exception {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String role = i < 3 ? "US Defense Department spokesman" : i < 6 ? "Pentagon adviser" : "Pentagon press secretary";
            articles.add(ArticleIndexTest.article("Kirby " + i, "2021-0" + (i + 1) + "-10", null, "Daily Gazette",
                    role + " John Kirby said the United States wants talks with North Korea, in remarks number " + i + "."));
        }
        articles.add(ArticleIndexTest.article("Undated", null, null, "Daily Gazette",
                "Pentagon press secretary John Kirby said talks could resume."));
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            for (Article a : articles) w.addLinked(a);
        }
        try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir))) {
            EntityIndex index = new EntityIndex(reader, new org.apache.lucene.search.IndexSearcher(reader), Schema.analyzer(), 4);
            EntityProfile kirby = index.profile("John Kirby").orElseThrow();
            assertThat(kirby.articles()).isEqualTo(10);
            assertThat(kirby.read()).isEqualTo(4);
            assertThat(kirby.firstSeen()).isEqualTo("2021-01-10");
            assertThat(kirby.lastSeen()).isEqualTo("2021-09-10");
            // The two earliest and the two latest dated articles were read: both ends of the history, not the middle.
            assertThat(kirby.roles()).extracting(EntityProfile.Role::title)
                    .containsExactly("US Defense Department spokesman", "Pentagon press secretary");
        }
    }

    @Test
    void theTimelineFoldsOneEventReportedTwiceAndFiltersByEntityAndDate() throws Exception {
        ingest();
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            List<TimelineEntry> all = s.timeline(null, null, null, 100);
            assertThat(all).extracting(TimelineEntry::value).containsExactly("2017-09", "2018-06", "2022-03");
            TimelineEntry test = all.get(0);
            assertThat(test.sources()).hasSize(2);
            assertThat(test.actors()).contains("North Korea");
            assertThat(test.sources()).extracting(TimelineEntry.Source::published).allSatisfy(p -> assertThat(p).isNotNull());
            assertThat(s.timeline("North Korea", null, null, 100)).extracting(TimelineEntry::value).containsExactly("2017-09");
            assertThat(s.timeline(null, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 100))
                    .extracting(TimelineEntry::value).containsExactly("2018-06");
            assertThat(s.timeline("Park Jin", null, null, 100)).extracting(TimelineEntry::value).containsExactly("2022-03");
        }
    }

    @Test
    void aTimelineOverMoreArticlesThanAreReadAtOnceIsTheEarliestEventsWithAllTheirReports() throws Exception {
        // Ten articles, the latest published telling of the earliest events: reading the oldest published first
        // would miss them. Two articles report each summit, published a year apart.
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int year = 2010 + i;
            articles.add(ArticleIndexTest.article("Summit " + i, (2030 - i) + "-05-10", null, "Daily Gazette",
                    "North Korea held its summit number " + i + " in Singapore in June " + year + "."));
            if (i % 3 == 0) {
                articles.add(ArticleIndexTest.article("Summit again " + i, (2031 - i) + "-05-10", null, "Capital News",
                        "North Korea held its summit number " + i + " in Singapore in June " + year + ", officials recalled."));
            }
        }
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            for (Article a : articles) w.addLinked(a);
        }
        try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir))) {
            EntityIndex index = new EntityIndex(reader, new org.apache.lucene.search.IndexSearcher(reader), Schema.analyzer(), 4);
            List<TimelineEntry> first = index.timeline(null, null, null, null, 5);
            assertThat(first).extracting(TimelineEntry::value)
                    .containsExactly("2010-06", "2011-06", "2012-06", "2013-06", "2014-06");
            assertThat(first.get(0).sources()).hasSize(2);
            assertThat(first.get(3).sources()).hasSize(2);
            List<TimelineEntry> all = index.timeline("North Korea", null, null, null, 100);
            assertThat(all).hasSize(10);
            assertThat(all).extracting(e -> e.sources().size()).containsExactly(2, 1, 1, 2, 1, 1, 2, 1, 1, 2);
            // A window of days inside the range: only its events, each once.
            assertThat(index.timeline(null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31), 100))
                    .extracting(TimelineEntry::value).containsExactly("2015-06", "2016-06");
        }
    }

    @Test
    void searchesFilterAndCountByEntity() throws Exception {
        ingest();
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            SearchResult r = s.search(SearchRequest.of("", 10).withEntity("John Kirby"));
            assertThat(r.hits()).hasSize(2);
            assertThat(s.search(SearchRequest.of("", 10).withEntity("person:park-jin")).hits()).hasSize(1);
            Facets f = s.facets(SearchRequest.of("", 10), 10);
            assertThat(f.people()).containsEntry("John Kirby", 2L).containsEntry("Park Jin", 1L);
            assertThat(f.places()).containsKey("North Korea");
        }
    }
}
