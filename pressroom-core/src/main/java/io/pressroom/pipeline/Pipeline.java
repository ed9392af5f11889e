package io.pressroom.pipeline;

import io.pressroom.html.HtmlCharset;
import io.pressroom.html.HtmlExtractor;
import io.pressroom.html.HtmlPage;
import io.pressroom.model.Article;
import io.pressroom.model.DocumentHints;
import io.pressroom.model.PageInfo;
import io.pressroom.model.PartialDateTime;
import io.pressroom.model.RawDocument;
import io.pressroom.outlet.OutletRegistry;
import io.pressroom.outlet.OutletRegistry.Outlet;
import io.pressroom.text.Bylines;
import io.pressroom.text.TextCleaner;
import io.pressroom.text.TextDecoder;
import io.pressroom.text.Timestamps;
import io.pressroom.text.UndecodableException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one pipeline: raw document → decoded text → clean article → enrichment stages. The CLI, the
 * server and the Spark job all call {@link #process}. Instances are immutable and thread-safe.
 */
public final class Pipeline {

    /** Media type that readers give to records whose text is already the article (JSONL). */
    public static final String RECORD_TYPE = "application/x-ndjson";
    /** Media type of HTML pages (files, WARC records). */
    public static final String HTML_TYPE = "text/html";

    /**
     * @param pages    how to clean whole pages (text dumps): normally FULL
     * @param records  how to clean record texts (JSONL): normally LIGHT, FULL for crawler dumps
     * @param allPages keep HTML pages that do not look like articles (listings, errors, forums);
     *                 by default they are refused with their page type as the reason
     */
    public record Options(TextCleaner.Mode pages, TextCleaner.Mode records, long maxDocumentChars, boolean allPages) {
        public static final Options DEFAULT = new Options(TextCleaner.Mode.FULL, TextCleaner.Mode.LIGHT, 10L << 20, false);
    }

    private final Options options;
    private final List<ArticleStage> stages;
    private final OutletRegistry outlets = OutletRegistry.standard();

    public Pipeline(Options options, List<ArticleStage> stages) {
        this.options = options;
        this.stages = List.copyOf(stages);
    }

    /** The enrichment stages, in order. */
    public static List<ArticleStage> standardStages() {
        return List.of(new io.pressroom.time.TimeExpressions(), new io.pressroom.quote.QuoteExtractor(),
                new io.pressroom.entity.EntityExtractor());
    }

    public static Pipeline standard() {
        return new Pipeline(Options.DEFAULT, standardStages());
    }

    public Options options() {
        return options;
    }

    public List<ArticleStage> stages() {
        return stages;
    }

    /** All steps: decode, clean, enrich. */
    public Article process(RawDocument raw) throws DocumentException {
        return finish(raw, decode(raw));
    }

    /** Step 1: bytes to text, refusing binaries, empty and oversized documents. */
    public TextDecoder.Decoded decode(RawDocument raw) throws DocumentException {
        if (raw.size() > options.maxDocumentChars()) {
            throw new DocumentException("too large: " + sizeText(raw.size()) + " (limit "
                    + sizeText(options.maxDocumentChars()) + ")");
        }
        TextDecoder.Decoded decoded;
        if (raw.text() != null) {
            decoded = new TextDecoder.Decoded(raw.text(), null, null);
        } else {
            if (raw.bytes().length == 0) throw new DocumentException("empty file");
            String declared = raw.charset();
            if (declared == null && isHtml(raw)) declared = HtmlCharset.declared(raw.bytes());
            try {
                decoded = TextDecoder.decode(raw.bytes(), declared);
            } catch (UndecodableException e) {
                throw new DocumentException(e.getMessage());
            }
        }
        if (decoded.text().isBlank()) throw new DocumentException("empty: no text in the document");
        return decoded;
    }

    /** The content id a document will have, known right after decoding (so duplicates can skip the rest). */
    public static String idOf(RawDocument raw, TextDecoder.Decoded decoded) {
        return ContentId.of(blankToNull(raw.hints().title()), decoded.text());
    }

    /** Steps 2 and 3 after a decode: clean, then the enrichment stages. */
    public Article finish(RawDocument raw, TextDecoder.Decoded decoded) throws DocumentException {
        return finish(raw, decoded, null);
    }

    /**
     * As {@link #finish(RawDocument, TextDecoder.Decoded)}, with the content id already taken by {@link #idOf} (an ingest
     * asks it first to skip known content; the digest runs over the whole decoded page, so it is not taken twice).
     */
    public Article finish(RawDocument raw, TextDecoder.Decoded decoded, String id) throws DocumentException {
        Article a = clean(raw, decoded, id);
        for (ArticleStage s : stages) a = s.apply(a);
        return a;
    }

    public static boolean isHtml(RawDocument raw) {
        String type = raw.contentType();
        return type != null && (type.startsWith(HTML_TYPE) || type.startsWith("application/xhtml"));
    }

    /** Step 2: text to a clean article with metadata and a content id. */
    public Article clean(RawDocument raw, TextDecoder.Decoded decoded) throws DocumentException {
        return clean(raw, decoded, null);
    }

    private Article clean(RawDocument raw, TextDecoder.Decoded decoded, String knownId) throws DocumentException {
        DocumentHints hints = raw.hints();
        List<String> warnings = new ArrayList<>();
        if (decoded.warning() != null) warnings.add(decoded.warning());
        TextCleaner.Result r;
        HtmlPage html = null;
        if (isHtml(raw)) {
            html = HtmlExtractor.extract(decoded.text(), blankToNull(hints.url()), raw.fetchedAt());
            if (html.type() != HtmlPage.PageType.ARTICLE && !options.allPages()) {
                throw new DocumentException("not an article: " + html.type().label() + " page (confidence "
                        + html.confidence() + "); keep such pages with --all-pages");
            }
            // The article text then gets the same reading of byline, stamp, dateline and sign-off as a record.
            // A page kept with --all-pages that has no article text keeps the text it has (a listing's teasers).
            String text = html.paragraphs().isEmpty() ? String.join("\n\n", html.boilerplate()) : html.body();
            TextCleaner.Result light = TextCleaner.clean(text, TextCleaner.Mode.LIGHT);
            List<String> boilerplate = new ArrayList<>(html.paragraphs().isEmpty() ? List.of() : html.boilerplate());
            boilerplate.addAll(light.boilerplate());
            List<String> captions = new ArrayList<>(html.captions());
            r = new TextCleaner.Result(html.title(), light.body(), light.paragraphs(), captions, boilerplate,
                    light.byline(), light.dateline(), light.agency(), light.stamp());
        } else {
            boolean record = RECORD_TYPE.equals(raw.contentType());
            r = TextCleaner.clean(decoded.text(), record ? options.records() : options.pages());
        }
        if (!r.hasBody()) throw new DocumentException("no article text found");

        String url = blankToNull(hints.url());
        if (url == null && html != null) url = html.canonicalUrl();
        Optional<Outlet> outlet = Optional.ofNullable(blankToNull(hints.outlet())).flatMap(outlets::byName);
        if (outlet.isEmpty()) outlet = outlets.byUrl(url);
        String outletName = blankToNull(hints.outlet()) != null ? hints.outlet().strip()
                : outlet.map(Outlet::name).orElse(html == null ? null : html.siteName());
        String agency = firstNonBlank(hints.agency(), r.agency());
        Optional<Outlet> home = outlet.isPresent() ? outlet : outlets.byName(agency);

        PartialDateTime published = null;
        if (blankToNull(hints.published()) != null) {
            published = parseHintDate(hints.published().strip());
            if (published == null) warnings.add("published value '" + abbreviate(hints.published()) + "' not understood");
        }
        if (published == null && html != null) published = html.published();
        if (published == null && r.stamp() != null) published = r.stamp().time();
        if (published != null && published.hour() != null && published.offset() == null && home.isPresent()) {
            ZoneId zone = home.get().zone();
            LocalDateTime local = LocalDateTime.of(published.year(), published.month(), published.day(),
                    published.hour(), published.minute(), published.second() == null ? 0 : published.second());
            published = published.withOffset(OutletRegistry.offsetAt(zone, local));
        }

        String dateline = blankToNull(hints.dateline());
        if (dateline != null) dateline = dateline.replaceAll("[\\s\\-\u2013\u2014]+$", "");
        else if (r.dateline() != null) dateline = r.dateline().text();

        String byline = firstNonBlank(hints.byline(), r.byline());
        PageInfo page;
        if (html != null) {
            if (byline == null && !html.authors().isEmpty()) byline = String.join(", ", html.authors());
            List<String> authors = html.authors().isEmpty() && byline != null ? Bylines.names(byline) : html.authors();
            page = new PageInfo(authors, html.modified(), html.language(), html.canonicalUrl(), html.type().label(),
                    html.confidence(), crawledAt(raw));
        } else {
            page = new PageInfo(byline == null ? List.of() : Bylines.names(byline), null, null, null, "article",
                    r.hasBody() ? 0.5 : 0, crawledAt(raw));
        }
        String id = knownId != null ? knownId : idOf(raw, decoded);
        return new Article(id, raw.source(), url, outletName, firstNonBlank(hints.title(), r.headline()), published,
                byline, dateline, agency, r.body(), r.paragraphs(), r.captions(),
                r.boilerplate(), warnings, List.of(), List.of(), page);
    }

    /** Only a crawl's own time counts (a WARC-Date), not a file's modification time. */
    private static java.time.Instant crawledAt(RawDocument raw) {
        return raw.source().startsWith("http") ? raw.fetchedAt() : null;
    }

    private static PartialDateTime parseHintDate(String value) {
        try {
            return PartialDateTime.parseIso(value);
        } catch (RuntimeException e) {
            Timestamps.Stamp s = Timestamps.stampLine(value, value.split("\\s+").length);
            return s == null ? null : s.time();
        }
    }

    private static String firstNonBlank(String a, String b) {
        String x = blankToNull(a);
        return x != null ? x.strip() : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    public static String sizeText(long n) {
        if (n < 1024) return n + " B";
        if (n < 1 << 20) return String.format("%.1f KiB", n / 1024.0);
        return String.format("%.1f MiB", n / 1048576.0);
    }
}
