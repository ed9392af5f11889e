package io.pressroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.Article;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking through the index: copies, statements and stories are found whether the earlier article is
 * still in memory, already in the index's near-real-time reader, or was committed by an earlier run.
 */
class LinkedIndexTest {
    @TempDir Path dir;

    private static final String STORY = """
            The defence ministers of South Korea and the United States agreed on Thursday in Seoul to expand joint drills, \
            the ministry said, after a week of talks that officials described as frank and productive.

            "We will respond firmly to any provocation, and our alliance has never been stronger," Defence Minister \
            Lee Jong-sup told reporters after the meeting in the capital.

            About 3,400 troops and 120 aircraft will take part in the drills, which begin in March and run for \
            eleven days, according to a joint statement released by the two ministries.""";

    private static String filler(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) b.append(i % 12 == 0 ? "Item" : "word").append(r.nextInt(50_000)).append(i % 12 == 11 ? ". " : " ");
        return b.toString();
    }

    @Test
    void copiesStatementsAndStoriesAcrossMemoryIndexAndEarlierRuns() throws Exception {
        Random r = new Random(3);
        Article original = ArticleIndexTest.article("Drills expand", "2023-02-02", "Yonhap", "Korea Herald", STORY);
        Article copyNow = ArticleIndexTest.article("Allies to widen drills", "2023-02-02", "Yonhap", "Korea Times",
                "SEOUL, Feb. 2 (Yonhap) -- " + STORY + "\n\n(END)");
        Article copyLater = ArticleIndexTest.article("Joint drills to grow", "2023-02-03", "Yonhap", "Daily Gazette",
                STORY.replace("eleven days", "twelve days") + "\n\nCopyright Yonhap. All rights reserved.");
        Article copyNextRun = ArticleIndexTest.article("Drills widen", "2023-02-03", "Yonhap", "Evening Post", STORY + "\n\nRead more on our site.");
        Article quoting = ArticleIndexTest.article("Opposition reacts", "2023-02-04", null, "Capital News", """
                Opposition lawmakers in Seoul questioned the cost of the exercises on Friday. Lee Jong-sup had said earlier \
                that "our alliance has never been stronger," a claim the opposition called premature.""");

        Article linkedCopyNow;
        Article linkedCopyLater;
        try (ArticleWriter w = ArticleWriter.open(dir, 500)) {
            assertThat(w.addLinked(original).links().duplicateOf()).isNull();
            linkedCopyNow = w.addLinked(copyNow); // the original is still in memory
            // Enough other articles to pass a reader refresh: the original is then found through the index.
            for (int i = 0; i < 600; i++) {
                w.add(ArticleIndexTest.article("Filler " + i, "2023-01-" + String.format("%02d", 1 + i % 28), null, null, filler(r, 60)));
            }
            linkedCopyLater = w.addLinked(copyLater);
        }
        Article linkedNextRun;
        Article linkedQuoting;
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            linkedNextRun = w.addLinked(copyNextRun);
            linkedQuoting = w.addLinked(quoting);
        }
        assertThat(linkedCopyNow.links().duplicateOf()).isEqualTo(original.id());
        assertThat(linkedCopyLater.links().duplicateOf()).isEqualTo(original.id());
        assertThat(linkedNextRun.links().duplicateOf()).isEqualTo(original.id());
        assertThat(linkedQuoting.links().duplicateOf()).isNull();
        assertThat(linkedQuoting.links().story()).isEqualTo(original.id());

        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            SearchResult folded = s.search(SearchRequest.of("provocation alliance", 10));
            assertThat(folded.hits()).extracting(SearchHit::id).containsExactly(original.id());
            assertThat(folded.hits().get(0).copies()).isEqualTo(3);
            assertThat(s.search(SearchRequest.of("provocation alliance", 10).withAllCopies(true)).hits()).hasSize(4);
            assertThat(s.copiesOf(original.id())).extracting(Article::outlet).containsExactly("Korea Times", "Daily Gazette", "Evening Post");

            int direct = 0;
            for (int i = 0; i < original.quotes().size(); i++) {
                if (original.text(original.quotes().get(i).content()).contains("never been stronger")) direct = i;
            }
            Statement st = s.statement(original.id() + "." + direct).orElseThrow();
            assertThat(st.speaker()).isEqualTo("Lee Jong-sup");
            assertThat(st.reports()).extracting(Statement.Report::outlet)
                    .containsExactlyInAnyOrder("Korea Herald", "Korea Times", "Daily Gazette", "Evening Post", "Capital News");
            assertThat(st.reports()).filteredOn(rep -> rep.outlet().equals("Capital News")).extracting(Statement.Report::wording)
                    .containsExactly("fragment");
            assertThat(s.statements("Lee", 2, 10)).extracting(Statement::id).contains(st.id());

            Story story = s.story(original.id()).orElseThrow();
            assertThat(story.articles()).isEqualTo(5);
            assertThat(story.first()).isEqualTo("2023-02-02");
            assertThat(story.last()).isEqualTo("2023-02-04");
            assertThat(s.stories(null, null, 2, 10)).extracting(Story::id).contains(original.id());
        }
    }
}
