package io.pressroom.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Shortcuts taken for speed in the HTML stage answer as the expressions they replaced. */
class HtmlShortcutsTest {

    @Test
    void theNewsletterPitchTestAnswersAsItsPattern() {
        List<String> blocks = List.of("Get the best stories delivered to your inbox.", "STRAIGHT TO YOUR INBOX",
                "Thank you for signing up!", "Thanks for subscribing.", "By clicking Subscribe, you agree to our terms.",
                "Sign up for our free daily newsletter", "Sign up to the weekly newsletters", "Your inbox is full",
                "He said he would subscribe to the idea.", "The newsletter was first printed in 1990.",
                "Signing up took minutes, she said.", "Delivered to your door", "", "thank you for signing  up");
        int pitches = 0;
        for (String b : blocks) {
            boolean expected = MainContent.NEWSLETTER_PITCH.matcher(b).find();
            assertThat(MainContent.newsletterPitch(b)).as(b).isEqualTo(expected);
            if (expected) pitches++;
        }
        assertThat(pitches).isEqualTo(7);
    }

    @Test
    void anElementIsLongerThanALimitExactlyWhenItsCollapsedTextIsPastItsVisibleCharacters() {
        Document doc = Jsoup.parse("<div id=a>12345 <b>678</b>\n\n 9\u00a0\u00a0 0</div><div id=b><p>abc</p><p>de f</p></div>"
                + "<div id=c>" + "word ".repeat(100) + "<script>var x = 'not text';</script></div>");
        Element a = doc.getElementById("a"), b = doc.getElementById("b"), c = doc.getElementById("c");
        // "12345 678 9 0": ten characters other than whitespace.
        assertThat(HtmlMetadata.visibleLongerThan(a, 9)).isTrue();
        assertThat(HtmlMetadata.visibleLongerThan(a, 10)).isFalse();
        assertThat(HtmlMetadata.visibleLongerThan(b, 5)).isTrue();
        assertThat(HtmlMetadata.visibleLongerThan(b, 6)).isFalse();
        assertThat(HtmlMetadata.visibleLongerThan(c, 399)).isTrue();
        assertThat(HtmlMetadata.visibleLongerThan(c, 400)).isFalse(); // a script's text is not the element's
        for (Element e : doc.getAllElements()) {
            for (int limit : new int[] {0, 5, 10, 300}) {
                if (HtmlMetadata.visibleLongerThan(e, limit)) assertThat(HtmlMetadata.norm(e.text()).length()).isGreaterThan(limit);
            }
        }
    }

    @Test
    void theStampLikeTestSelectsWhatItsSelectorSelects() {
        Document doc = Jsoup.parse("<div class='Post-Date'>a</div><span class=timestamp>b</span><p id=pubDate>c</p>"
                + "<p id=date-x class=''>d</p><div class='entry-META x'>e</div><div class=bylines>f</div>"
                + "<div class=published>g</div><div class=posted-on>h</div><div class=content>i</div><p id=main>j</p>"
                + "<div data-class=date>k</div><div class=' update '>l</div>");
        List<Element> expected = doc.select("[class*=date], [class*=time], [class*=publish], [class*=posted], [id*=date], "
                + "[class*=meta], [class*=byline]");
        List<Element> found = doc.getAllElements().stream().filter(HtmlMetadata::stampLike).toList();
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(found).hasSize(9);
    }

    @Test
    void theParagraphBreakTestAnswersAsItsPattern() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "a \n\t\r\f\u000B\u00a0.";
        int breaks = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            boolean expected = MainContent.PARAGRAPH_BREAK.matcher(s).find();
            assertThat(MainContent.paragraphBreak(s)).as("[%s]", s).isEqualTo(expected);
            if (expected) breaks++;
        }
        assertThat(breaks).isGreaterThan(1000);
    }

    @Test
    void filteringThePagesElementsGivesWhatTheSelectorSelects() {
        Document doc = Jsoup.parse("<html><head><script type='application/ld+json'>{}</script>"
                + "<script type='APPLICATION/LD+JSON '>{}</script><script>var a;</script></head><body>"
                + "<h1>One</h1><div><H1 class=x>Two</H1></div><span itemprop=datepublished>May 1</span>"
                + "<meta itemprop='datePublished' content='2020-01-01'><time datetime='2020-01-02'>x</time><time>y</time>"
                + "<p itemprop=dateModified>z</p></body></html>");
        for (String selector : List.of("script[type=application/ld+json]", "[itemprop=datePublished]", "time[datetime]", "h1")) {
            List<Element> found = HtmlMetadata.matching(doc.getAllElements(), org.jsoup.select.QueryParser.parse(selector), doc);
            assertThat(found).as(selector).isNotEmpty().containsExactlyElementsOf(doc.select(selector));
        }
    }
}
