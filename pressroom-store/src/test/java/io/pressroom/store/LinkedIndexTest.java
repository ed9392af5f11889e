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

    private static final String NOTICE = """
            The port authority said on Monday that the northern container terminal would close for repairs to its \
            cranes, and that ships due there would be sent to the southern terminal until the work was done.

            "The cranes have reached the end of their working life and must be replaced before the winter storms," \
            harbour master Ingrid Solberg said at a briefing for shipping agents in the port offices.

            Shipping agents said the diversion would add a day to unloading times for most vessels calling at the \
            port, and that freight rates for the coming weeks were likely to rise as a result.""";

    /**
     * Near-copies and earlier reports are sought among articles published within a window of the new one
     * (what keeps the work per article from growing with the corpus), except undated ones, which are compared
     * with everything, whether in memory, in the index, or committed by an earlier run.
     */
    @Test
    void copiesAreSoughtNearTheirDayAndUndatedArticlesEverywhere() throws Exception {
        Random r = new Random(5);
        Article undatedOriginal = ArticleIndexTest.article("Terminal to close", null, null, "Harbour News", NOTICE);
        Article original = ArticleIndexTest.article("Drills expand", "2023-01-10", "Yonhap", "Korea Herald", STORY);
        Article copyWithinWindow = ArticleIndexTest.article("Drills, again", "2023-02-05", "Yonhap", "Korea Times", STORY + "\n\n(END)");
        Article datedCopyOfUndated = ArticleIndexTest.article("Terminal closes", "2023-03-01", null, "Port Weekly",
                NOTICE + "\n\nMore news on our site.");
        Article reReport = ArticleIndexTest.article("Storm season", "2023-03-02", null, "Coast Daily", """
                Insurers in the region raised their premiums for the winter on Thursday. Ingrid Solberg warned last month that \
                "the cranes have reached the end of their working life and must be replaced before the winter storms," \
                and her office has since asked for bids.""");
        Article linkedWithin;
        Article linkedDatedCopy;
        Article linkedReReport;
        try (ArticleWriter w = ArticleWriter.open(dir, 20)) {
            w.add(undatedOriginal);
            w.add(original);
            for (int i = 0; i < 30; i++) w.add(ArticleIndexTest.article("Filler " + i, "2023-01-" + String.format("%02d", 1 + i % 28), null, null, filler(r, 60)));
            linkedWithin = w.addLinked(copyWithinWindow);
            linkedDatedCopy = w.addLinked(datedCopyOfUndated);
            linkedReReport = w.addLinked(reReport);
        }
        Article copyOutsideWindow = ArticleIndexTest.article("Drills, months on", "2023-06-20", "Yonhap", "Evening Post",
                STORY + "\n\nRead more on our site.");
        Article laterCopyOfUndated = ArticleIndexTest.article("Terminal shut", "2024-01-08", null, "Freight Times", NOTICE + "\n\n(END)");
        Article undatedCopy = ArticleIndexTest.article("Drills grow", null, "Yonhap", "Daily Gazette", STORY + "\n\nCopyright Yonhap.");
        Article linkedOutside;
        Article linkedLater;
        Article linkedUndatedCopy;
        try (ArticleWriter w = ArticleWriter.open(dir, 20)) {
            for (int i = 0; i < 30; i++) w.add(ArticleIndexTest.article("Later " + i, "2023-06-" + String.format("%02d", 1 + i % 28), null, null, filler(r, 60)));
            linkedOutside = w.addLinked(copyOutsideWindow);
            linkedLater = w.addLinked(laterCopyOfUndated);
            linkedUndatedCopy = w.addLinked(undatedCopy);
        }
        assertThat(linkedWithin.links().duplicateOf()).isEqualTo(original.id());
        assertThat(linkedDatedCopy.links().duplicateOf()).isEqualTo(undatedOriginal.id());
        assertThat(linkedReReport.links().statements()).contains(statementOf(undatedOriginal, "working life"));
        // 161 days after the original: outside the 30-day window, a new article rather than a copy.
        assertThat(linkedOutside.links().duplicateOf()).isNull();
        // The undated original, read back from the committed index by the second run, is still a candidate.
        assertThat(linkedLater.links().duplicateOf()).isEqualTo(undatedOriginal.id());
        assertThat(linkedUndatedCopy.links().duplicateOf()).isEqualTo(original.id());
    }

    private static String statementOf(Article a, String words) {
        for (int i = 0; i < a.quotes().size(); i++) {
            if (a.text(a.quotes().get(i).content()).contains(words)) return a.id() + "." + i;
        }
        throw new AssertionError("no quotation with " + words);
    }
}
