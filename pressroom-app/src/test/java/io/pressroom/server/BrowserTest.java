package io.pressroom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs
 * them): search, facets, an article with highlighted quotations and their speaker, a speaker page,
 * a trend chart, and a hostile article whose markup must stay text. Screenshots are kept in
 * target/screenshots. Skipped where no Chromium is installed.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir static Path dir;
    static ApiServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)).as("chromium and chromedriver installed").isTrue();
        String hostile = "SEOUL -- \"<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned2'\">,\" "
                + "the spokesman said on Monday, adding that <b>bold</b> claims and javascript:alert(1) links are tricks.";
        server = ApiServer.start(DemoIndex.build(dir, hostile, "<i>Hostile</i> <script>x</script> headline"), "127.0.0.1", 0, 4);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + dir.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static void open(String path) {
        browser.get(url(path));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static void screenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void searchOpenArticleSeeSpeakerOpenSpeakerPage() throws Exception {
        open("/?q=diplomacy+preconditions");
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit h3 a"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getText()).isEqualTo("U.S. continues to see diplomacy as best way forward with N. Korea: Pentagon");
        assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("a[data-facet=speaker]"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("John Kirby"));
        screenshot("search");

        hits.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        List<WebElement> quotes = browser.findElements(By.cssSelector("span.quote"));
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(10);
        WebElement kirby = quotes.stream().filter(q -> q.getText().startsWith("So our view hasn't changed")).findFirst().orElseThrow();
        assertThat(kirby.getAttribute("title")).startsWith("John Kirby (added)");
        kirby.click();
        // Time expressions are marked with their value: "Friday" in the dateline story is 2022-01-21.
        assertThat(browser.findElements(By.cssSelector("time.timex"))).extracting(e -> e.getText() + "=" + e.getAttribute("datetime"))
                .contains("Friday=2022-01-21", "Thursday=2022-01-20");
        WebElement speaker = browser.findElement(By.id("detail-speaker"));
        assertThat(speaker.getText()).isEqualTo("John Kirby");
        assertThat(browser.findElement(By.id("statement")).getText()).startsWith("Statement ");
        // The caption dated a year off the dateline is shown as a disagreement.
        assertThat(browser.findElement(By.id("flags")).getText()).contains("Jan. 21, 2021", "2022-01-21");
        screenshot("article");

        speaker.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("speaker-name")).getText()).isEqualTo("John Kirby");
        assertThat(browser.findElements(By.cssSelector("#speaker-quotes li"))).hasSizeGreaterThanOrEqualTo(18);
        screenshot("speaker");
    }

    @Test
    void storiesAndStatementsPages() throws Exception {
        open("/stories.html");
        List<WebElement> stories = browser.findElements(By.cssSelector("#stories-list li.story"));
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).getText()).contains("2 articles").contains("john kirby");
        screenshot("stories");
        open("/statements.html?min_reports=1&speaker=Kirby");
        List<WebElement> statements = browser.findElements(By.cssSelector("#statements-list li.statement"));
        assertThat(statements).isNotEmpty();
        assertThat(statements).allSatisfy(st -> assertThat(st.getText()).contains("John Kirby"));
        assertThat(browser.findElement(By.id("statements-summary")).getText()).contains("speaker: Kirby");
        screenshot("statements");
    }

    @Test
    void entityAndTimelinePages() throws Exception {
        // From an article's "named in this article" list to the person's page, then to the timeline.
        open("/?q=Pentagon+press+secretary");
        browser.findElement(By.cssSelector(".hit h3 a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        // Names are marked in the text and link to their entity page; the article shows its story.
        assertThat(browser.findElements(By.cssSelector("#story a.entity[data-entity='person:john-kirby']"))).isNotEmpty();
        assertThat(browser.findElement(By.id("story-link")).getText()).contains("2 articles");
        browser.findElement(By.cssSelector("#entities a[data-entity='person:john-kirby']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("entity-name")).getText()).isEqualTo("John Kirby");
        assertThat(browser.findElement(By.id("roles")).getText()).contains("Pentagon press secretary");
        assertThat(browser.findElement(By.id("entity-summary")).getText()).contains("2 articles");
        screenshot("entity");
        open("/speaker.html?name=John+Kirby");
        assertThat(browser.findElement(By.id("speaker-roles")).getText()).contains("Pentagon press secretary");
        open("/timeline.html?entity=North+Korea&from=2017&to=2019");
        List<WebElement> events = browser.findElements(By.cssSelector("#timeline-list li.event"));
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).getText()).startsWith("2017-09").contains("North Korea");
        screenshot("timeline");
        // The search page's people facet filters by entity.
        open("/?q=Kirby");
        browser.findElement(By.cssSelector("#facets a[data-facet='entity']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("entity: ");
    }

    @Test
    void trendChart() throws Exception {
        open("/trends.html?q=denuclearization&q=diplomacy&interval=month");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-trend-series")).isEqualTo("2");
        WebElement canvas = browser.findElement(By.id("trend-chart"));
        assertThat(canvas.getSize().getHeight()).isGreaterThan(50);
        assertThat(browser.findElement(By.id("csv-link")).getAttribute("href")).contains("format=csv");
        screenshot("trends");
    }

    @Test
    void hostileArticleTextStaysText() throws Exception {
        open("/?q=tricks");
        WebElement hit = browser.findElement(By.cssSelector(".hit h3 a"));
        assertThat(hit.getText()).isEqualTo("<i>Hostile</i> <script>x</script> headline");
        hit.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(browser.getTitle()).doesNotContain("pwned");
        assertThat(browser.findElements(By.cssSelector("#story script, #story img, #story b, #story i"))).isEmpty();
        assertThat(browser.findElement(By.id("story")).getText()).contains("<script>document.title='pwned'</script>");
        screenshot("hostile");
    }
}
