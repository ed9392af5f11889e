package io.pressroom.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.Article;
import io.pressroom.model.DocumentHints;
import io.pressroom.model.Flag;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Near-copies, statements, stories and flags, linked against an in-memory store. */
class LinkerTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static final String WIRE = """
            The foreign ministers of the two countries met in the capital on Tuesday to discuss the stalled talks on the \
            peninsula, the ministry said in a statement released after the meeting.

            "We remain committed to dialogue without preconditions, and we will keep the door open," Foreign Minister \
            Park Jin told reporters after the two-hour meeting at the ministry building.

            The two sides agreed to hold working-level consultations next month and to share intelligence on missile \
            launches more closely, according to the statement. Officials said 14 projects were under review, \
            and 1,200 troops would take part in the drills planned since 2018.

            The meeting came three weeks after the North fired a ballistic missile into the sea off its east coast, \
            drawing condemnation from neighbouring countries and the United Nations Security Council.""";

    static Article article(String source, String text, String published, String agency, String outlet) throws Exception {
        DocumentHints hints = new DocumentHints(null, null, published, null, null, agency, outlet);
        return PIPELINE.process(RawDocument.ofText(source, text, Pipeline.RECORD_TYPE, null, hints));
    }

    static Article link(MemoryLinkStore store, Article a) {
        Linker.Result r = new Linker().link(a, store);
        store.add(r);
        return r.article();
    }

    @Test
    void aSyndicatedCopyWithEditsPointsToTheFirstCopyAndFlagsAChangedFigure() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(true);
        Article first = link(store, article("a", WIRE, "2022-03-01", "Yonhap", "Korea Herald"));
        String edited = ("SEOUL, March 1 (Yonhap) -- " + WIRE)
                .replace("Officials said 14 projects", "Officials said 15 projects")
                .replace("drawing condemnation from neighbouring countries and the United Nations Security Council.",
                        "drawing condemnation.\n\nCopyright Yonhap. All rights reserved. Read more at our site.");
        Article copy = link(store, article("b", edited, "2022-03-01", "Yonhap", "Korea Times"));
        assertThat(first.links().duplicateOf()).isNull();
        assertThat(copy.links().duplicateOf()).isEqualTo(first.id());
        assertThat(copy.links().similarity()).isBetween(0.5, 1.0);
        assertThat(copy.links().story()).isEqualTo(first.links().story());
        assertThat(copy.links().flags()).extracting(Flag::kind, Flag::value, Flag::otherValue, Flag::otherArticle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("number", "15", "14", first.id()));
        // Its quotations report the first copy's statements; the one whose figure changed is a variant wording.
        assertThat(copy.quotes()).hasSameSizeAs(first.quotes());
        for (int i = 0; i < copy.quotes().size(); i++) {
            boolean changed = copy.text(copy.quotes().get(i).content()).contains("15 projects");
            assertThat(copy.links().statement(i)).as("quote %d", i).isEqualTo(first.links().statement(i));
            assertThat(copy.links().variant(i)).as("quote %d", i).isIn(changed ? List.of("variant") : List.of("same", "punctuation", "fragment"));
        }
    }

    @Test
    void differentArticlesOnTheSameTopicAreNotCopies() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        link(store, article("a", WIRE, "2022-03-01", null, null));
        Article other = link(store, article("b", """
                South Korea's foreign minister said on Tuesday that Seoul would keep talking to Pyongyang, as envoys \
                from both countries prepared for another round of consultations on missile launches and sanctions.

                Park Jin, speaking after a meeting in the capital, said the government had no plans to change its \
                approach, and that any agreement would depend on verification steps agreed with its allies.""",
                "2022-03-01", null, null));
        assertThat(other.links().duplicateOf()).isNull();
    }

    @Test
    void statementsLinkReportsWithOtherPunctuationEllipsesAndFragmentsButNotOtherSpeakers() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        Article a = link(store, article("a",
                "\"We remain committed to dialogue without preconditions, and we will keep the door open,\" Park Jin said on Tuesday.",
                "2022-03-01", null, "Outlet A"));
        Article b = link(store, article("b",
                "Foreign Minister Park Jin said: \u201CWe remain committed to dialogue without preconditions \u2014 and we will keep the door open.\u201D",
                "2022-03-02", null, "Outlet B"));
        Article c = link(store, article("c",
                "\"We remain committed to dialogue ... we will keep the door open,\" Park said.", "2022-03-02", null, "Outlet C"));
        Article d = link(store, article("d",
                "Park said Seoul would \"remain committed to dialogue without preconditions\" this year.", "2022-03-03", null, "Outlet D"));
        Article e = link(store, article("e",
                "\"We remain committed to dialogue without preconditions, and we will keep the door open,\" Kim Yo-jong said on Tuesday.",
                "2022-03-03", null, "Outlet E"));
        String statement = a.links().statement(0);
        assertThat(statement).isEqualTo(a.id() + ".0");
        assertThat(b.links().statement(0)).isEqualTo(statement);
        assertThat(b.links().variant(0)).isEqualTo("punctuation");
        assertThat(c.links().statement(0)).isEqualTo(statement);
        assertThat(c.links().variant(0)).isEqualTo("trimmed");
        assertThat(d.links().statement(0)).isEqualTo(statement);
        assertThat(d.links().variant(0)).isEqualTo("fragment");
        assertThat(e.links().statement(0)).isNotEqualTo(statement);
    }

    @Test
    void theSameWordsWeeksLaterOrCutOffMidPhraseAreNotOneStatement() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        String note = "\"The figures include only member firms of the association and exclude dealers abroad,\" said Ann Lee, "
                + "the association's spokeswoman. ";
        Article march = link(store, article("a", "Home sales in the region rose for a third month in February as mortgage rates "
                + "eased and more buyers returned to the market after a slow winter, figures released on Tuesday showed. " + note,
                "2022-03-01", null, "Outlet A"));
        Article sameMonth = link(store, article("b", "Builders across the state expect their busiest spring in a decade, with "
                + "permits for new houses up sharply and land prices climbing near the larger cities. " + note,
                "2022-03-20", null, "Outlet B"));
        Article april = link(store, article("c", "Home sales fell in March for the first time this year, dragged down by a "
                + "shortage of listings and a jump in borrowing costs that kept first-time buyers away. " + note,
                "2022-04-15", null, "Outlet C"));
        assertThat(List.of(march.id(), sameMonth.id(), april.id())).doesNotHaveDuplicates();
        assertThat(march.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Ann Lee"));
        assertThat(statementOf(sameMonth, "figures include")).isEqualTo(statementOf(march, "figures include"));
        // Six weeks on, the same words are a formula repeated, not the statement reported again; nor may a report
        // within the month chain it to the first.
        assertThat(statementOf(april, "figures include")).startsWith(april.id() + ".");

        // Words cut off mid-phrase (a quotation ended at a hard line break) are not linked across stories.
        assertThat(QuoteKey.of("sales for the first nine weeks of its").cutOff()).isTrue();
        assertThat(QuoteKey.of("sales rose in the first nine weeks.").cutOff()).isFalse();
        assertThat(QuoteKey.of("fairly good interest and inquiry from").cutOff()).isTrue();
    }

    private static String statementOf(Article a, String words) {
        for (int i = 0; i < a.quotes().size(); i++) if (a.text(a.quotes().get(i).content()).contains(words)) return a.links().statement(i);
        throw new AssertionError("no quotation with \"" + words + "\" in " + a.quotes());
    }

    @Test
    void manyOutletsReportingAStatementTheSameDayAllLinkButWordsRepeatedOnManyDaysAreFormula() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        String quote = "\"We will not accept any deal that leaves the weapons programme in place,\" Foreign Minister Park Jin said. ";
        String[] leads = {
            "Seoul hardened its stance on the nuclear talks on Tuesday after a week of missile launches off the coast.",
            "South Korea's government set new conditions for dialogue with Pyongyang as tensions rose across the region.",
            "Officials in the capital told parliament that sanctions would stay until inspectors could visit the sites.",
            "The opposition accused the minister of closing the door to diplomacy during a heated session in the assembly.",
            "Markets in Asia were calm despite the tougher line taken by the government on the peninsula's security."};
        List<Article> sameDay = new java.util.ArrayList<>();
        for (int i = 0; i < leads.length; i++) {
            sameDay.add(link(store, article("o" + i, leads[i] + " " + quote, "2022-03-01", null, "Outlet " + i)));
        }
        // Found by its words: a lead may hold an attribution of its own ("Officials in the capital told parliament that …").
        for (Article a : sameDay) assertThat(statementOf(a, "weapons programme")).isEqualTo(statementOf(sameDay.get(0), "weapons programme"));

        // A line that other stories carried on three different days is formula, not this speaker's statement again.
        String line = "\"The figures exclude transfers between member banks and are not adjusted for seasonal factors,\" "
                + "the Bank of Korea said in its weekly report. ";
        String[] days = {"2022-05-02", "2022-05-09", "2022-05-16", "2022-05-23"};
        String[] topics = {
            "Bank lending rose for a second week as manufacturers drew on credit lines to pay suppliers, and loans to "
                + "households grew at the fastest pace since the winter, led by mortgages in the capital region.",
            "Deposits at commercial lenders fell slightly after a long holiday weekend, when savers withdrew cash for "
                + "travel and shopping; time deposits were unchanged and demand deposits recovered by Friday.",
            "Money market rates were steady as liquidity in the banking system stayed ample, with the overnight call "
                + "rate trading close to its target and bond yields little changed through the week.",
            "Foreign currency reserves climbed to a record on valuation gains from a weaker dollar, while holdings of "
                + "securities abroad rose and deposits placed with foreign banks edged lower."};
        List<Article> weekly = new java.util.ArrayList<>();
        for (int i = 0; i < days.length; i++) weekly.add(link(store, article("w" + i, topics[i] + " " + line, days[i], null, "Outlet W")));
        for (Article w : weekly) assertThat(w.links().duplicateOf()).isNull();
        assertThat(statementOf(weekly.get(1), "figures exclude")).isEqualTo(statementOf(weekly.get(0), "figures exclude"));
        assertThat(statementOf(weekly.get(2), "figures exclude")).isEqualTo(statementOf(weekly.get(0), "figures exclude"));
        Article fourth = weekly.get(3);
        assertThat(statementOf(fourth, "figures exclude")).startsWith(fourth.id() + ".");
    }

    @Test
    void aShortPassageCreditedOnOneSideOnlyIsNotOneStatementDaysApart() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        String[] leads = {
            "Bond prices rose in quiet trading after the government sold the last of a new issue of long-dated stock.",
            "Gilts ended firmer in thin trading as investors waited for the monthly money supply figures from the Bank.",
            "Money market rates firmed as a large tax payment drained cash from the banking system before the weekend."};
        Article monday = link(store, article("m", leads[0] + " The Bank of England said the issue was no longer operating as a tap.",
                "2022-03-07", null, "Outlet A"));
        Article mondayToo = link(store, article("n", leads[1] + " The issue was no longer operating as a tap, dealers said.",
                "2022-03-07", null, "Outlet B"));
        Article wednesday = link(store, article("w", leads[2] + " The issue was no longer operating as a tap, dealers said.",
                "2022-03-09", null, "Outlet C"));
        assertThat(monday.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Bank of England"));
        assertThat(mondayToo.quotes()).allSatisfy(q -> assertThat(q.speaker()).isNull());
        // The same day: one notice carried by two outlets.
        assertThat(statementOf(mondayToo, "operating as a tap")).isEqualTo(statementOf(monday, "operating as a tap"));
        // Two days on, nine words credited to the Bank on one side only: a formula of such notices.
        assertThat(statementOf(wednesday, "operating as a tap")).startsWith(wednesday.id() + ".");
    }

    @Test
    void aFewWordsQuotedInsideAReportLinkWhenBothSidesNameTheSpeaker() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        Article a = link(store, article("a", "The chancellor's allies were said to be furious at the claims in the new book. "
                + "Tony Blair said he had discussed the claims with the chancellor and dismissed them as a \u201Cload of nonsense\u201D.",
                "2005-01-10", null, "Outlet A"));
        Article b = link(store, article("b", "Labour's poll lead narrowed as the row over the leadership ran into a second week. "
                + "Mr Blair, speaking in London, dismissed them as a \u201Cload of nonsense\u201D.", "2005-01-11", null, "Outlet B"));
        Article c = link(store, article("c", "Shares in the retailer fell after its Christmas sales disappointed the market. "
                + "The trading update was a \u201Cload of nonsense\u201D, analysts said.", "2005-01-11", null, "Outlet C"));
        assertThat(b.quotes()).anySatisfy(q -> assertThat(q.type()).isEqualTo(io.pressroom.model.Quote.Type.MIXED));
        assertThat(statementOf(b, "nonsense")).isEqualTo(statementOf(a, "nonsense"));
        // The same three words with no named speaker on one side are not his statement.
        assertThat(statementOf(c, "nonsense")).startsWith(c.id() + ".");
    }

    @Test
    void reportsAreSoughtOnlyNearTheNewArticlesDay() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        String quote = "\"We will not accept any deal that leaves the weapons programme in place,\" Foreign Minister Park Jin said. ";
        Article first = link(store, article("a", "Seoul hardened its stance on the nuclear talks. " + quote, "2022-03-01", null, "A"));
        Article later = link(store, article("b", "The opposition accused the minister of closing the door to diplomacy. " + quote,
                "2022-03-25", null, "B"));
        assertThat(statementOf(later, "weapons programme")).isEqualTo(statementOf(first, "weapons programme"));
        long[] grams = QuoteKey.of(first.text(first.quotes().stream()
                .filter(q -> first.text(q.content()).contains("weapons programme")).findFirst().orElseThrow().content())).grams();
        assertThat(store.reports(grams, java.time.LocalDate.of(2022, 4, 20), Linker.REPORT_DAYS)).hasSize(2);
        assertThat(store.reports(grams, java.time.LocalDate.of(2022, 7, 1), Linker.REPORT_DAYS)).isEmpty();
        Article monthsLater = link(store, article("c", "Markets in Asia were calm despite a tougher line on security. " + quote,
                "2022-07-01", null, "C"));
        assertThat(statementOf(monthsLater, "weapons programme")).startsWith(monthsLater.id() + ".");
    }

    @Test
    void theSameWordsReportedAsSaidOnDifferentDaysAreFlagged() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        Article first = link(store, article("a",
                "\"We will keep the door open to dialogue with the North at any time,\" Park Jin said Tuesday.", "2022-03-02", null, "Outlet A"));
        Article later = link(store, article("b",
                "\"We will keep the door open to dialogue with the North at any time,\" Park Jin said Friday.", "2022-03-05", null, "Outlet B"));
        assertThat(first.quotes().get(0).saidOn()).hasToString("2022-03-01");
        assertThat(later.quotes().get(0).saidOn()).hasToString("2022-03-04");
        assertThat(later.links().statement(0)).isEqualTo(first.links().statement(0));
        assertThat(later.links().flags()).extracting(Flag::kind, Flag::value, Flag::otherValue, Flag::otherArticle)
                .contains(org.assertj.core.groups.Tuple.tuple("date", "2022-03-04", "2022-03-01", first.id()));
    }

    @Test
    void articlesNamingTheSamePeopleInTheSameWeekFormAStoryOthersDoNot() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(false);
        Article a = link(store, article("a", """
                Antony Blinken met Park Jin at the State Department in Washington on Friday, and the two ministers \
                discussed the Indo-Pacific strategy and North Korea. Blinken said the alliance was strong.""", "2022-02-04", null, null));
        Article b = link(store, article("b", """
                Park Jin told reporters in Washington that his talks with Antony Blinken had covered North Korea and \
                supply chains. The State Department said Blinken would visit Seoul later.""", "2022-02-05", null, null));
        Article far = link(store, article("c", """
                Park Jin flew to Washington for a second round with Antony Blinken; the State Department said the talks \
                would cover North Korea, export controls and the summit planned for the autumn.""", "2022-06-20", null, null));
        Article other = link(store, article("d", """
                The Bank of England raised interest rates on Thursday, and Andrew Bailey said inflation in Britain \
                would peak later this year. The pound rose against the dollar in London.""", "2022-02-04", null, null));
        assertThat(b.links().story()).isEqualTo(a.id());
        assertThat(far.links().story()).isEqualTo(far.id());
        assertThat(other.links().story()).isEqualTo(other.id());
    }

    @Test
    void aCaptionDatedTheArticlesDayOfAnotherYearIsFlagged() throws Exception {
        Article a = PIPELINE.process(RawDocument.ofBytes("001.txt", java.nio.file.Files.readAllBytes(
                io.pressroom.testing.RepoFiles.samples().resolve("001_1e7afefe1c3174b8.txt")), "text/plain", null));
        Linker.Result r = new Linker().link(a, new MemoryLinkStore(false));
        assertThat(r.article().links().flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("date");
            assertThat(f.value()).isEqualTo("Jan. 21, 2021");
            assertThat(f.otherValue()).isEqualTo("2022-01-21");
        });
    }
}
