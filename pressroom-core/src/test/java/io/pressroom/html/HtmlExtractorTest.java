package io.pressroom.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.html.HtmlPage.PageType;
import io.pressroom.model.PartialDateTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML extractor on hand-written pages whose expected article, metadata and page type are stated here by hand. */
public class HtmlExtractorTest {
    private static final Instant CRAWLED = Instant.parse("2022-01-25T00:00:00Z");

    public static final String NEWS_PAGE = """
            <!doctype html>
            <html lang="en-US"><head>
            <meta charset="utf-8">
            <title>Kirby says talks will go on | The Daily Ledger</title>
            <meta property="og:site_name" content="The Daily Ledger">
            <meta property="og:title" content="Kirby says talks will go on">
            <link rel="canonical" href="https://ledger.example/world/2022/01/21/kirby-talks">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Kirby says talks will go on",
             "datePublished":"2022-01-21T09:30:00+09:00","dateModified":"2022-01-21T11:00:00+09:00",
             "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"Kim Min-ji"}]}
            </script>
            <script>var published = "2031-05-05"; // a script's date is never the article's</script>
            </head><body>
            <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
              <li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue.</div>
            <main>
              <article>
                <header>
                  <h1>Kirby says talks will go on</h1>
                  <p class="byline">By Jane Roe and Kim Min-ji</p>
                  <time datetime="2022-01-21T09:30:00+09:00">Jan. 21, 2022</time>
                </header>
                <p class="standfirst">The Pentagon said on Friday that working-level talks with Seoul would continue next week despite the missile launches.</p>
                <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
                <figure><img src="a.jpg"><figcaption>Pentagon press secretary John Kirby speaks in Washington on Jan. 20, 2022. (AP)</figcaption></figure>
                <div class="article-body">
                  <p>WASHINGTON, Jan. 21 -- Pentagon press secretary John Kirby said the allies remain committed to diplomacy, and that the door to dialogue stays open.</p>
                  <p>"We continue to believe that diplomacy is the best path forward," Kirby told reporters, adding that consultations with Tokyo are also under way.</p>
                  <h2>Joint drills</h2>
                  <p>The two militaries will hold their regular combined exercises in the spring, according to officials familiar with the plans, who asked not to be named.</p>
                  <ul><li>Combined command post training in March</li><li>Field training through the summer months</li></ul>
                  <blockquote><p>We will keep our readiness posture strong while we talk.</p></blockquote>
                  <table><tr><th>Year</th><th>Launches</th></tr><tr><td>2021</td><td>8</td></tr></table>
                  <p>North Korea has not responded to repeated offers of talks without preconditions, officials said on Thursday.</p>
                </div>
                <div class="related-stories"><h3>Related stories</h3>
                  <ul><li><a href="/a">Seoul weighs new sanctions on shipping firms</a></li>
                  <li><a href="/b">Analysts see little chance of a summit this year</a></li></ul></div>
              </article>
              <section id="comments" class="comments"><h3>3 comments</h3>
                <p>This is a long reader comment that goes on about the policy for several sentences, and it is not journalism at all.</p></section>
            </main>
            <aside class="sidebar"><h3>Most read</h3><p>Celebrity chef opens a new restaurant in the city centre to long queues of eager diners.</p></aside>
            <footer><p>Copyright 2022 The Daily Ledger. All rights reserved. Terms of use and privacy policy apply to all readers.</p></footer>
            </body></html>
            """;

    @Test
    void findsTheArticleWithItsLeadAndStructure() {
        HtmlPage page = HtmlExtractor.extract(NEWS_PAGE, "https://ledger.example/world/2022/01/21/kirby-talks", CRAWLED);
        assertThat(page.type()).isEqualTo(PageType.ARTICLE);
        assertThat(page.paragraphs()).first().asString().startsWith("The Pentagon said on Friday");
        assertThat(page.paragraphs()).contains(
                "Joint drills",
                "\u2022 Combined command post training in March",
                "We will keep our readiness posture strong while we talk.",
                "Year | Launches",
                "2021 | 8");
        assertThat(page.body())
                .contains("WASHINGTON, Jan. 21 -- Pentagon press secretary John Kirby said")
                .contains("\"We continue to believe that diplomacy is the best path forward,\" Kirby told reporters")
                .endsWith("officials said on Thursday.");
        // Order is the page's.
        assertThat(page.body().indexOf("Joint drills")).isGreaterThan(page.body().indexOf("We continue to believe"));
        assertThat(page.body()).doesNotContain("Home", "cookies", "Share on", "Related stories", "Seoul weighs",
                "reader comment", "Celebrity chef", "Copyright", "By Jane Roe", "Kirby says talks will go on");
        assertThat(page.captions()).containsExactly(
                "Pentagon press secretary John Kirby speaks in Washington on Jan. 20, 2022. (AP)");
        assertThat(page.boilerplate()).contains("Seoul weighs new sanctions on shipping firms");
    }

    @Test
    void readsMetadataFromStructuredDataFirst() {
        HtmlPage page = HtmlExtractor.extract(NEWS_PAGE, "https://ledger.example/world/2022/01/21/kirby-talks", CRAWLED);
        assertThat(page.title()).isEqualTo("Kirby says talks will go on");
        assertThat(page.authors()).containsExactly("Jane Roe", "Kim Min-ji");
        assertThat(page.published()).isEqualTo(new PartialDateTime(2022, 1, 21, 9, 30, 0, ZoneOffset.ofHours(9)));
        assertThat(page.modified()).isEqualTo(new PartialDateTime(2022, 1, 21, 11, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(page.siteName()).isEqualTo("The Daily Ledger");
        assertThat(page.language()).isEqualTo("en-US");
        assertThat(page.canonicalUrl()).isEqualTo("https://ledger.example/world/2022/01/21/kirby-talks");
    }

    @Test
    void fallsBackToMetaTagsTitleSuffixAndUrlDate() {
        String html = """
                <html><head><title>Markets slide as rates rise - Business Wire Daily</title>
                <meta name="author" content="By John Smith">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2099-01-01"}</script>
                </head><body><div id="story">
                <p>Stock markets fell sharply on Tuesday as investors weighed the prospect of higher interest rates for longer.</p>
                <p>The benchmark index closed down two percent, its worst day since the spring, with technology shares leading the decline.</p>
                </div><!-- published 2015-03-03 --></body></html>""";
        HtmlPage page = HtmlExtractor.extract(html, "https://news.example/2021/06/08/markets-slide", CRAWLED);
        assertThat(page.title()).isEqualTo("Markets slide as rates rise");
        assertThat(page.authors()).containsExactly("John Smith");
        // The 2099 date is in the future of the crawl; the comment's date is not read; the URL's is.
        assertThat(page.published()).isEqualTo(PartialDateTime.ofDate(2021, 6, 8));
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.type()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void commentsUnderAHeadingEndTheArticleEvenWithoutCommentClassNames() {
        String html = """
                <html><head><title>Council approves budget</title></head><body><div class="wrap"><div class="inner">
                <p>The city council approved a budget of 2.1 billion dollars on Tuesday after a debate that lasted more than nine hours.</p>
                <p>The plan raises spending on schools and public transport while freezing most other departments at last year's level.</p>
                <p>Opponents argued that the budget relies on optimistic forecasts for property tax revenue, which fell during the downturn.</p>
                <p>The mayor is expected to sign the budget into law before the end of the week, according to a statement from her office.</p>
                <p>Council members will meet again next month to discuss how the new spending will be monitored across all of the city departments.</p>
                <p>Comments? Write to the city desk.</p>
                <h3>3 Comments</h3>
                <p>I have lived in this city for thirty years and I have never seen a council so careless with the money residents pay.</p>
                <p>Schools needed this money for a long time and I am glad the council finally listened to the parents at every meeting.</p>
                </div></div></body></html>""";
        HtmlPage page = HtmlExtractor.extract(html, "https://news.example/2021/06/08/budget", CRAWLED);
        assertThat(page.body()).startsWith("The city council approved").contains("Comments? Write to the city desk.");
        assertThat(page.body()).doesNotContain("3 Comments", "thirty years", "glad the council");
    }

    @Test
    void anUpdatedLineIsNotAPublicationDateEvenWhenItsDateSitsInAnElementOfItsOwn() {
        String body = "<p>Stock markets fell sharply on Tuesday as investors weighed the prospect of higher interest rates for longer.</p>"
                + "<p>The benchmark index closed down two percent, its worst day since the spring, with technology shares leading.</p>";
        String wrapped = "<html><head><title>Markets slide</title></head><body><div class=\"post-meta\">"
                + "<span class=\"post-date\">Last Updated <span class=\"date\">Feb 24, 2021</span></span></div>"
                + "<div id=\"story\">" + body + "</div></body></html>";
        assertThat(HtmlExtractor.extract(wrapped, "https://news.example/markets-slide", CRAWLED).published()).isNull();
        String timed = "<html><head><title>Markets slide</title></head><body>"
                + "<p class=\"note\">Last updated: <time datetime=\"2021-02-24\">February 24, 2021</time>.</p>"
                + "<div id=\"story\">" + body + "</div></body></html>";
        assertThat(HtmlExtractor.extract(timed, "https://news.example/markets-slide", CRAWLED).published()).isNull();
        String published = timed.replace("Last updated:", "Published");
        assertThat(HtmlExtractor.extract(published, "https://news.example/markets-slide", CRAWLED).published())
                .isEqualTo(PartialDateTime.ofDate(2021, 2, 24));
    }

    @Test
    void aPublicationDateThePageShowsBeforeTheMetadatasIsTheFirstPublication() {
        String body = "<p>Stock markets fell sharply on Tuesday as investors weighed the prospect of higher interest rates for longer.</p>"
                + "<p>The benchmark index closed down two percent, its worst day since the spring, with technology shares leading.</p>";
        String page = "<html><head><title>Markets slide</title>"
                + "<meta property=\"article:published_time\" content=\"2021-11-29T10:00:00+00:00\"></head><body>"
                + "<div class=\"article-body__published\">Published <time pubdate datetime=\"2021-08-13\">August 13, 2021</time></div>"
                + "<div id=\"story\">" + body + "</div>%s</body></html>";
        assertThat(HtmlExtractor.extract(page.formatted(""), "https://news.example/markets-slide", CRAWLED).published())
                .isEqualTo(PartialDateTime.ofDate(2021, 8, 13));
        // Unlabelled, but the only date the page shows (in an element classed "date"): also the first publication.
        String shown = page.replace("<div class=\"article-body__published\">Published <time pubdate datetime=\"2021-08-13\">August 13, 2021</time></div>",
                "<div class=\"text__date\">August 13, 2021</div>");
        assertThat(HtmlExtractor.extract(shown.formatted(""), "https://news.example/markets-slide", CRAWLED).published())
                .isEqualTo(PartialDateTime.ofDate(2021, 8, 13));
        // "This article was originally published on …, but has been regularly updated": the first publication.
        String original = page.replace("<div class=\"article-body__published\">Published <time pubdate datetime=\"2021-08-13\">August 13, 2021</time></div>",
                "<p class=\"PublishDateDisclaimer\">This article was originally published on 13 Aug 2021 at 4:12pm but has been "
                + "regularly updated to keep the information current.</p>");
        assertThat(HtmlExtractor.extract(original.formatted(""), "https://news.example/markets-slide", CRAWLED).published().toString())
                .startsWith("2021-08-13");
        // A list of other posts with their own "published" dates: the page's date is not known from it.
        String others = "<ul class=\"related\"><li><time class=\"entry-date published\" datetime=\"2015-12-07\">Dec 7, 2015</time></li></ul>";
        assertThat(HtmlExtractor.extract(page.formatted(others), "https://news.example/markets-slide", CRAWLED).published().toString())
                .startsWith("2021-11-29");
    }

    @Test
    void theDateShownUnderTheHeadlineIsTheArticlesAmongOtherPostsDates() {
        String body = "<p>Stock markets fell sharply on Tuesday as investors weighed the prospect of higher interest rates for longer.</p>"
                + "<p>The benchmark index closed down two percent, its worst day since the spring, with technology shares leading.</p>";
        String related = "<ul class=\"related\"><li><time class=\"datetime\" datetime=\"2021-01-06T12:00:00Z\">01/06/2021</time></li>"
                + "<li><time class=\"datetime\" datetime=\"2021-10-17T12:00:00Z\">10/17/2021</time></li></ul>";
        String page = "<html><head><title>Markets slide</title>"
                + "<meta property=\"article:published_time\" content=\"2021-11-30T12:00:00+00:00\"></head><body>" + related
                + "<article><h1>Markets slide</h1><div class=\"node__meta\"><time class=\"datetime\" datetime=\"2017-03-01T12:00:00Z\">"
                + "03/01/2017</time></div><div id=\"story\">" + body + "</div></article></body></html>";
        assertThat(HtmlExtractor.extract(page, "https://news.example/markets-slide", CRAWLED).published().toString())
                .startsWith("2017-03-01");
        // Without a headline to go by, dates that disagree settle nothing: the metadata's stands.
        assertThat(HtmlExtractor.extract(page.replace("<h1>Markets slide</h1>", ""), "https://news.example/markets-slide", CRAWLED)
                .published().toString()).startsWith("2021-11-30");
    }

    @Test
    void aUtcTimeIsWrittenAtTheOffsetThePageShows() {
        String html = """
                <html><head><title>Late vote</title><meta property="article:published_time" content="2021-12-19T03:05:00+00:00">
                </head><body><div id="story"><p class="meta"><time datetime="2021-12-18T19:05:00-08:00">December 18, 2021</time></p>
                <p>The council voted late on Saturday to approve the plan after a long debate about its cost and its timing.</p>
                <p>Members who opposed it said they would try again next year, when the budget comes up for review.</p>
                </div></body></html>""";
        PartialDateTime published = HtmlExtractor.extract(html, "https://news.example/vote", CRAWLED).published();
        assertThat(published).hasToString("2021-12-18T19:05:00-08:00");
        assertThat(published.earliestEpochMillis()).isEqualTo(java.time.Instant.parse("2021-12-19T03:05:00Z").toEpochMilli());
    }

    @Test
    void datesComeFromNowhereWhenThePageGivesNone() {
        String html = "<html><head><script>var d = '2020-01-01';</script></head><body><article>"
                + "<p>A page that states no date anywhere in its markup, only in a script and a comment, has no date.</p>"
                + "<p>The extractor must not take one from the script, whatever it says, nor from the comment.</p>"
                + "<!-- 2019-02-02 --></article></body></html>";
        assertThat(HtmlExtractor.extract(html, null, CRAWLED).published()).isNull();
    }

    @Test
    void listingAndErrorPagesAreNotArticles() {
        StringBuilder listing = new StringBuilder("<html><head><title>World news</title></head><body><ul>");
        for (int i = 0; i < 40; i++) {
            listing.append("<li><a href='/s").append(i).append("'>Headline number ").append(i)
                    .append(" about events somewhere in the world</a></li>");
        }
        listing.append("</ul></body></html>");
        HtmlPage list = HtmlExtractor.extract(listing.toString(), null, CRAWLED);
        assertThat(list.type()).isEqualTo(PageType.LISTING);

        String error = "<html><head><title>404 Page Not Found</title></head><body><h1>Page not found</h1>"
                + "<p>Sorry, the page you were looking for has moved or no longer exists on this site.</p></body></html>";
        assertThat(HtmlExtractor.extract(error, null, CRAWLED).type()).isEqualTo(PageType.ERROR);

        assertThat(HtmlExtractor.extract("<html><body></body></html>", null, CRAWLED).type()).isEqualTo(PageType.EMPTY);
    }

    @Test
    void truncatedAndMalformedMarkupStillGivesTheText() {
        String cut = NEWS_PAGE.substring(0, NEWS_PAGE.indexOf("Joint drills") + 5);
        HtmlPage page = HtmlExtractor.extract(cut, null, CRAWLED);
        assertThat(page.body()).contains("We continue to believe that diplomacy is the best path forward");

        String broken = "<html><body><div><p>Unclosed paragraph one is long enough to be prose in any article we read."
                + "<p>Unclosed paragraph two follows it and is also long enough to count as running prose.<div><b><i>"
                + "</span></td></table>Stray end tags do not stop the parser from building a tree.";
        assertThat(HtmlExtractor.extract(broken, null, CRAWLED).body())
                .contains("Unclosed paragraph one").contains("Unclosed paragraph two");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String deep = "<div>".repeat(100_000) + "<p>Text at the bottom of a very deep tree of elements, long enough to be prose.</p>"
                + "</div>".repeat(100_000);
        HtmlPage page = HtmlExtractor.extract("<html><body>" + deep + "</body></html>", null, CRAWLED);
        assertThat(page.body()).contains("Text at the bottom");
    }

    @Test
    void aThirtyMegabytePageIsReadNotRefusedOrHung() {
        StringBuilder big = new StringBuilder(31 << 20).append("<html><head><title>Long report</title></head><body><article>");
        for (int i = 0; big.length() < 30 << 20; i++) {
            big.append("<p>Paragraph ").append(i).append(" of a very long report, one of many that make a thirty megabyte page, as some archives hold.</p>\n");
        }
        HtmlPage page = HtmlExtractor.extract(big.append("</article></body></html>").toString(), null, CRAWLED);
        assertThat(page.type()).isEqualTo(PageType.ARTICLE);
        assertThat(page.body().length()).isGreaterThan(20 << 20);
    }

    @Test
    void readsTheDeclaredCharset() {
        assertThat(HtmlCharset.declared("<html><head><meta charset=\"windows-1252\">".getBytes())).isEqualTo("windows-1252");
        assertThat(HtmlCharset.declared("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-KR\">".getBytes()))
                .isEqualTo("euc-kr");
        assertThat(HtmlCharset.declared("<html><body>no declaration</body></html>".getBytes())).isNull();
    }

    @Test
    void dumpKeepsAllVisibleTextOnePerBlock() {
        String dump = HtmlText.dump(NEWS_PAGE);
        assertThat(dump).contains("Home\n").contains("Kirby says talks will go on\n").contains("Copyright 2022")
                .doesNotContain("var published").doesNotContain("NewsArticle");
    }

    @Test
    void placeholderTextAndANewsletterPitchAreNotTheArticle() {
        String page = NEWS_PAGE.replace("<p>North Korea has not responded",
                "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>"
                        + "<p>The biggest stories of the day delivered to your inbox.</p>"
                        + "<p>Thanks for signing up. See you at your inbox!</p><p>North Korea has not responded");
        HtmlPage html = HtmlExtractor.extract(page, "https://ledger.example/world/2022/01/21/kirby-talks", CRAWLED);
        assertThat(html.body()).contains("North Korea has not responded", "Joint drills")
                .doesNotContain("Lorem ipsum", "delivered to your inbox", "Thanks for signing up");
    }

    private static final String BUDGET_PARAGRAPHS = """
            <p>The city council approved a budget of 2.1 billion dollars on Tuesday after a debate that lasted more than nine hours.</p>
            <p>The plan raises spending on schools and public transport while freezing most other departments at last year's level.</p>
            <p>Opponents argued that the budget relies on optimistic forecasts for property tax revenue, which fell during the downturn.</p>
            <p>The mayor is expected to sign the budget into law before the end of the week, according to a statement from her office.</p>
            <p>Council members will meet again next month to discuss how the new spending will be monitored across the departments.</p>
            <p>The finance committee had rejected two earlier drafts, saying they left too little in reserve for a harsh winter.</p>
            """;

    private static final String TRANSIT_PARAGRAPHS = """
            <p>Transit officials welcomed the vote, which keeps the night buses running and adds two lines to the eastern suburbs.</p>
            <p>Ridership has recovered to nine tenths of its level before the pandemic, and the agency expects it to grow next year.</p>
            <p>The new lines will open in stages, the first in the spring, once drivers have been hired and trained for the routes.</p>
            <p>Unions said they would watch the hiring closely, after a shortage of drivers forced cuts to weekend service last year.</p>
            <p>The agency will publish monthly figures on hiring and on how many of the scheduled trips actually left on time.</p>
            <p>Residents of the eastern suburbs have asked for better service for a decade, and many packed the chamber for the vote.</p>
            """;

    @Test
    void aPostsCategoryNamedLikeCaptionsIsStillTheArticle() {
        // WordPress names the post's categories in its classes: "category-tax-credits" is a topic, not a caption.
        String html = "<html><head><title>Council approves budget</title></head><body>"
                + "<article class=\"post hentry category-tax-credits tag-budget\"><div class=\"entry-content\">"
                + BUDGET_PARAGRAPHS + "</div></article></body></html>";
        HtmlPage page = HtmlExtractor.extract(html, "https://news.example/2021/06/08/budget", CRAWLED);
        assertThat(page.body()).startsWith("The city council approved").contains("according to a statement from her office");
        assertThat(page.captions()).isEmpty();
    }

    @Test
    void aGlobalNavigationNamedMainIsNotTheArticle() {
        // "cda-gnav__main-search": the word "main" inside a navigation block gave it the article bonus.
        // The article's paragraphs sit in sections of their own, so that no one element scores high.
        String html = "<html><head><title>Council approves budget</title></head><body><header><div class=\"cda-gnav\">"
                + "<div class=\"cda-gnav__main-search\"><div>Home &amp; Garden Food Safety Cars Best Time To Buy Repair</div></div>"
                + "<div class=\"cda-gnav__links\">" + "<a href=\"/cars\">Cars and trucks</a> ".repeat(30) + "</div>"
                + "</div></header><div class=\"page\">"
                + BUDGET_PARAGRAPHS.replace("<p>", "<section><div class=\"x\"><div class=\"y\"><p>")
                        .replace("</p>", "</p></div></div></section>") + "</div></body></html>";
        HtmlPage page = HtmlExtractor.extract(html, "https://news.example/2021/06/08/budget", CRAWLED);
        assertThat(page.body()).startsWith("The city council approved").doesNotContain("Food Safety");
    }

    @Test
    void aListOfNamesFullOfCommasDoesNotOutweighTheArticle() {
        StringBuilder names = new StringBuilder("<p>Special thanks to everyone who contributed, including: ");
        for (int i = 0; i < 200; i++) names.append("<a href=\"/p").append(i).append("\">Person ").append(i).append("</a>, ");
        names.append("and many more.</p>");
        StringBuilder rows = new StringBuilder();
        for (String p : BUDGET_PARAGRAPHS.strip().split("\n")) {
            rows.append("<div class=\"row\"><div class=\"text\">").append(p).append(p).append("</div></div>");
        }
        String html = "<html><head><title>Council approves budget</title></head><body><main>" + rows
                + "<div class=\"row\"><div class=\"text\">" + names + "</div></div></main></body></html>";
        HtmlPage page = HtmlExtractor.extract(html, "https://news.example/2021/06/08/budget", CRAWLED);
        assertThat(page.body()).contains("The city council approved", "Opponents argued", "according to a statement");
    }

    @Test
    void textBlocksInWrappersOfTheirOwnAreTakenWithTheirSiblings() {
        // Page builders wrap every text block: block > block-content > html-content > p, with images between.
        StringBuilder col = new StringBuilder();
        for (String p : BUDGET_PARAGRAPHS.strip().split("\n")) {
            col.append("<div class=\"sqs-block html-block\"><div class=\"sqs-block-content\"><div class=\"sqs-html-content\">")
                    .append(p).append("</div></div></div><div class=\"sqs-block image-block\"><div class=\"sqs-block-content\">"
                            + "<img src=\"x.jpg\"></div></div>");
        }
        col.append("<div class=\"sqs-block html-block\"><div class=\"sqs-block-content\"><div class=\"sqs-html-content\">"
                + "<p>Council members will meet again next month to discuss how the new spending will be monitored, department by"
                + " department, with reports every quarter, hearings in public, and a review by the auditor, the mayor, and the press.</p>"
                + "</div></div></div>");
        // Below the article, in the same column, a long list of links to the site's other pages.
        col.append("<div class=\"sqs-block html-block\"><div class=\"sqs-block-content\"><div class=\"sqs-html-content\">");
        for (int i = 0; i < 40; i++) col.append("<p><a href=\"/city-").append(i).append("\">Budget news from city number ").append(i).append("</a></p>");
        col.append("</div></div></div>");
        String html = "<html><head><title>Council approves budget</title></head><body><div class=\"col\">" + col
                + "</div></body></html>";
        HtmlPage page = HtmlExtractor.extract(html, "https://news.example/2021/06/08/budget", CRAWLED);
        assertThat(page.body()).contains("The city council approved", "The plan raises", "Opponents argued",
                "The mayor is expected", "Council members will meet");
    }

    @Test
    void aListOfOtherArticlesBelowTheStoryEndsItButABoxInsideItDoesNot() {
        String teasers = "<div class=\"cards\"><h3>Related Posts</h3>"
                + "<div class=\"card\"><p>Navigating the property tax appeal process can be overwhelming, especially when you are"
                + " already dealing with bills.</p></div>"
                + "<div class=\"card\"><p>When the county denies your appeal, it can feel like you have hit a dead end, but there"
                + " are options left.</p></div></div>";
        String below = "<html><head><title>Council approves budget</title></head><body><div class=\"story\">"
                + BUDGET_PARAGRAPHS + teasers + "</div></body></html>";
        HtmlPage page = HtmlExtractor.extract(below, "https://news.example/2021/06/08/budget", CRAWLED);
        assertThat(page.body()).contains("according to a statement from her office")
                .doesNotContain("Related Posts", "property tax appeal", "dead end");
        String inside = "<html><head><title>Council approves budget</title></head><body><div class=\"story\">"
                + BUDGET_PARAGRAPHS + teasers + TRANSIT_PARAGRAPHS + "</div></body></html>";
        assertThat(HtmlExtractor.extract(inside, "https://news.example/2021/06/08/budget", CRAWLED).body())
                .contains("The city council approved", "Transit officials welcomed", "packed the chamber for the vote");
        // A box late in the story, with most of the prose above it: the story's paragraphs go on after it.
        String[] transit = TRANSIT_PARAGRAPHS.strip().split("\n");
        String late = "<html><head><title>Council approves budget</title></head><body><div class=\"story\">"
                + BUDGET_PARAGRAPHS + teasers + transit[0] + transit[1]
                + "</div></body></html>";
        assertThat(HtmlExtractor.extract(late, "https://news.example/2021/06/08/budget", CRAWLED).body())
                .contains("The city council approved", "Transit officials welcomed", "recovered to nine tenths");
    }

    @Test
    void aListTheTextIntroducesWithAColonIsKeptEvenWhenEveryItemIsALink() {
        String html = "<html><head><title>Compiler progress report</title></head><body><article>"
                + BUDGET_PARAGRAPHS + "<p>Many patches were sent for review:</p><ul>"
                + "<li><a href=\"/c/1\">libgccjit: Allow casts between integers and pointers</a></li>"
                + "<li><a href=\"/c/2\">libgccjit: Add support for the weak variable attribute</a></li></ul>"
                + TRANSIT_PARAGRAPHS + "<ul><li><a href=\"/home\">Home</a></li><li><a href=\"/news\">News and more</a></li></ul>"
                + "</article></body></html>";
        HtmlPage page = HtmlExtractor.extract(html, "https://blog.example/2024/05/report", CRAWLED);
        assertThat(page.body()).contains("Allow casts between integers and pointers", "weak variable attribute")
                .doesNotContain("News and more");
    }

    @Test
    void shortLabelsMayRepeatInTheArticleButALongerBlockPrintedTwiceIsACopy() {
        String html = "<html><head><title>Council approves budget</title></head><body><article>"
                + BUDGET_PARAGRAPHS + "<h3>Pros</h3><p>Keeps the night buses running for another year.</p>"
                + TRANSIT_PARAGRAPHS + "<h3>Pros</h3><p>Adds two lines to the eastern suburbs by the spring.</p>"
                + "<p>Sign up for the daily briefing from the city desk today</p>"
                + "<p>Sign up for the daily briefing from the city desk today</p>"
                + "</article></body></html>";
        String body = HtmlExtractor.extract(html, "https://news.example/2021/06/08/budget", CRAWLED).body();
        assertThat(body.split("\nPros\n", -1)).hasSize(3);
        assertThat(body.split("Sign up for the daily briefing", -1)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aPapersReferencesAreNotItsText() {
        String html = "<html><head><title>Exercise and mood</title></head><body><article>"
                + BUDGET_PARAGRAPHS + TRANSIT_PARAGRAPHS + "<h2>References</h2><ol>"
                + "<li>Positive impact of prescribed physical activity on symptoms: randomized clinical trial. Curcic D. 2017.</li>"
                + "<li>Yoga therapy as an add-on treatment: a randomized controlled trial. Duraiswamy G. 2007.</li></ol>"
                + "</article></body></html>";
        String body = HtmlExtractor.extract(html, "https://journal.example/articles/123", CRAWLED).body();
        assertThat(body).contains("packed the chamber for the vote").doesNotContain("References", "Curcic", "Duraiswamy");
    }

    @Test
    void aDeclaredTitlesTailAfterAPipeOrSpacedHyphenIsNotTheHeadline() {
        assertThat(HtmlMetadata.withoutSiteName("Best Residential Movers in NYC 2025 | Top 19 Companies", "Movers Guide"))
                .isEqualTo("Best Residential Movers in NYC 2025");
        assertThat(HtmlMetadata.withoutSiteName("15 Language Learning Apps Compared - Personally Tested", "Lingo Blog"))
                .isEqualTo("15 Language Learning Apps Compared");
        // An en dash joins a headline's two parts as often as it adds a tail: kept.
        assertThat(HtmlMetadata.withoutSiteName("Transitioning to a plant-based diet \u2013 tips and tricks", "Green Kitchen"))
                .isEqualTo("Transitioning to a plant-based diet \u2013 tips and tricks");
        // A tail as long as the head may be the headline's second half.
        assertThat(HtmlMetadata.withoutSiteName("Markets slide | Rates rise again", "Daily Ledger"))
                .isEqualTo("Markets slide | Rates rise again");
    }

    @Test
    void aBlogsNameOrAPostsDatePrintedAsTheH1IsNotTheHeadline() {
        // The blog's name is the h1 of every post; the post's title is declared alone and after the name.
        assertThat(HtmlMetadata.chooseTitle(List.of("Engora Data Blog", "So many models!"),
                List.of("Small adventures with small language models", "Engora Data Blog: Small adventures with small language models"),
                null)).isEqualTo("Small adventures with small language models");
        // A site's short tail after its headline stays a tail: the h1 is the headline.
        assertThat(HtmlMetadata.chooseTitle(List.of("Which robotic lawnmower is suitable for which lawn size?"),
                List.of("Which robotic lawnmower is suitable for which lawn size? | Robomow", "Robomow"), null))
                .isEqualTo("Which robotic lawnmower is suitable for which lawn size?");
        assertThat(HtmlMetadata.chooseTitle(List.of("Dec 18 2025 Preparing a transition in Debusine"),
                List.of("Preparing a transition in Debusine"), null)).isEqualTo("Preparing a transition in Debusine");
        // Not a date before the title: the h1 stands.
        assertThat(HtmlMetadata.chooseTitle(List.of("Exclusive: Preparing a transition in Debusine"),
                List.of("Preparing a transition in Debusine"), null)).isEqualTo("Exclusive: Preparing a transition in Debusine");
    }

    @Test
    void anH1WithCharactersLostToAWrongEncodingTakesTheDeclaredSpelling() {
        assertThat(HtmlMetadata.chooseTitle(List.of("What Are The Basics Of Event Planning? Beginner? Guide"),
                List.of("What Are The Basics Of Event Planning: Beginner's Guide"), null))
                .isEqualTo("What Are The Basics Of Event Planning: Beginner's Guide");
        // A question in the headline is the headline.
        assertThat(HtmlMetadata.chooseTitle(List.of("Is the deal over? Experts weigh in"),
                List.of("Is the deal over? Experts weigh in on the stalled talks"), null))
                .isEqualTo("Is the deal over? Experts weigh in");
    }
}
