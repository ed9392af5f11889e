package io.pressroom.html;

import io.pressroom.html.HtmlPage.PageType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The entry point for HTML: one page in, one {@link HtmlPage} out. Parsing is jsoup's (the HTML5
 * tree-building algorithm, so truncated and malformed markup gets the tree a browser would build);
 * metadata comes from {@link HtmlMetadata}, the article text from {@link MainContent}. Stateless and
 * thread-safe.
 */
public final class HtmlExtractor {

    /** Deeper markup is flattened by the parser rather than recursing without bound. */
    private static final int MAX_DEPTH = 512;
    private static final Pattern ERROR_TITLE = Pattern.compile(
            "\\b(?:404|403|500|page not found|not found|access denied|forbidden|error|unavailable"
                    + "|are you a robot|just a moment|attention required|enable (?:javascript|cookies))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FORUM_POST = Pattern.compile("(?:^|\\s)(?:post|message|reply)s?-?(?:body|content|text)(?:\\s|$)");

    private HtmlExtractor() { }

    /**
     * @param html the decoded page
     * @param url  the page's address (for relative links and URL dates), or null
     * @param now  the crawl or read time: dates after it are not believed; null for the clock
     */
    public static HtmlPage extract(String html, String url, Instant now) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document doc = Jsoup.parse(html, url == null ? "" : url, parser);
        HtmlMetadata meta = HtmlMetadata.read(doc, url, now);
        MainContent.Result content = MainContent.extract(doc.body(), meta.title);

        List<String> paragraphs = content.paragraphs();
        String language = meta.language != null ? meta.language.strip() : Languages.guess(String.join(" ", paragraphs));
        PageType type;
        double confidence;
        int prose = content.proseChars();
        boolean declaredArticle = meta.schemaType != null && !meta.schemaType.equals("webpage")
                || "article".equalsIgnoreCase(meta.ogType);
        if (paragraphs.isEmpty() || prose == 0 && String.join("", paragraphs).length() < 50) {
            type = doc.body().text().isBlank() ? PageType.EMPTY : PageType.LISTING;
            confidence = 0.9;
        } else if (meta.title != null && ERROR_TITLE.matcher(meta.title).find() && prose < 1500) {
            type = PageType.ERROR;
            confidence = 0.8;
        } else if (isForum(meta, doc)) {
            type = PageType.FORUM;
            confidence = 0.7;
        } else if (prose >= 500 && content.proseBlocks() >= 2 || prose >= 1200 || declaredArticle && prose >= 250
                || content.pageLinkDensity() < 0.35 && content.proseBlocks() >= 2 && prose >= 150) {
            // A short brief is an article too when the page is not mostly links.
            type = PageType.ARTICLE;
            confidence = Math.min(1.0, 0.5 + prose / 4000.0 + (declaredArticle ? 0.2 : 0)
                    - Math.max(0, content.pageLinkDensity() - 0.5));
        } else {
            type = PageType.LISTING;
            confidence = Math.min(0.9, 0.5 + content.pageLinkDensity() / 2);
        }
        return new HtmlPage(meta.title, meta.authors, meta.published, meta.modified, meta.siteName, language,
                meta.canonicalUrl, meta.description, paragraphs, content.captions(), content.boilerplate(), type,
                Math.max(0, Math.round(confidence * 100) / 100.0));
    }

    private static boolean isForum(HtmlMetadata meta, Document doc) {
        String t = meta.schemaType == null ? "" : meta.schemaType;
        if (t.contains("discussionforumposting") || t.equals("qapage")) return true;
        String og = meta.ogType == null ? "" : meta.ogType.toLowerCase(Locale.ROOT);
        if (og.contains("forum") || "article".equals(og)) return og.contains("forum");
        int posts = 0;
        for (Element e : doc.getElementsByAttribute("class")) {
            String c = e.className();
            if (c.contains("post") || c.contains("message") || c.contains("reply")) {
                if (FORUM_POST.matcher(c).find() && ++posts >= 5) return true;
            }
        }
        return false;
    }
}
