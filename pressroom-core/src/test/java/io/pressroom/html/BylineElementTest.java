package io.pressroom.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BylineElementTest {
    private static final String SELECTOR = "[itemprop=author] [itemprop=name], [rel=author], a[href*=/author/], "
            + ".byline, .author, .author-name, [class*=byline], [class*=author-name]";

    @Test
    void authorMetaTagsAreReadAsTheSelectorReadsThem() {
        Document doc = Jsoup.parse("""
                <html><head><meta name="Author" content="Ann Lee"><meta property=" author " content="Spaced">
                <meta name="byl" content="By Bob Ray"></head><body><p>Text.</p></body></html>""");
        assertThat(HtmlMetadata.read(doc, null, null).authors).containsExactly("Ann Lee");
        assertThat(doc.select("meta[name=author], meta[property=author]")).hasSize(1);
    }

    @Test
    void matchesWhatTheBylineSelectorMatches() {
        Document doc = Jsoup.parse("""
                <html><body>
                <div itemprop="author"><span><b itemprop="name">Ann Lee</b></span><i itemprop=" NAME ">x</i></div>
                <b itemprop="name">not under an author</b>
                <span itemprop="author" class="x">Self</span>
                <a rel=" Author " href="/x">Rel</a><link rel="authors"><a rel="author noopener">two rels</a>
                <a href="https://x.com/Author/bob">Bob</a><a href="/authors/bob">plural</a><span href="/author/z">not a link</span>
                <p class="Byline">By Cy</p><p class="post-byline-wrap">P</p><p class="authorship">no</p>
                <p class="meta AUTHOR">A</p><p class="author-name-x">N</p><p class="co-author">dash</p>
                <p id="author">an id</p><div class="">empty</div><div>plain</div>
                </body></html>""");
        List<Element> expected = doc.select(SELECTOR);
        List<Element> found = doc.getAllElements().stream().filter(HtmlMetadata::bylineElement).toList();
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(expected).hasSizeGreaterThan(5);
    }
}
