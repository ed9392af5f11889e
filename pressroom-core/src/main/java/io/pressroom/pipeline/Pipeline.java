package io.pressroom.pipeline;

import io.pressroom.model.Article;
import io.pressroom.model.DocumentHints;
import io.pressroom.model.PartialDateTime;
import io.pressroom.model.RawDocument;
import io.pressroom.outlet.OutletRegistry;
import io.pressroom.outlet.OutletRegistry.Outlet;
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

    /**
     * @param pages   how to clean whole pages (text dumps): normally FULL
     * @param records how to clean record texts (JSONL): normally LIGHT, FULL for crawler dumps
     */
    public record Options(TextCleaner.Mode pages, TextCleaner.Mode records, long maxDocumentChars) {
        public static final Options DEFAULT = new Options(TextCleaner.Mode.FULL, TextCleaner.Mode.LIGHT, 10L << 20);
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
        return List.of(new io.pressroom.time.TimeExpressions(), new io.pressroom.quote.QuoteExtractor());
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
            try {
                decoded = TextDecoder.decode(raw.bytes(), raw.charset());
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
        Article a = clean(raw, decoded);
        for (ArticleStage s : stages) a = s.apply(a);
        return a;
    }

    /** Step 2: text to a clean article with metadata and a content id. */
    public Article clean(RawDocument raw, TextDecoder.Decoded decoded) throws DocumentException {
        DocumentHints hints = raw.hints();
        boolean record = RECORD_TYPE.equals(raw.contentType());
        TextCleaner.Result r = TextCleaner.clean(decoded.text(), record ? options.records() : options.pages());
        if (!r.hasBody()) throw new DocumentException("no article text found");

        List<String> warnings = new ArrayList<>();
        if (decoded.warning() != null) warnings.add(decoded.warning());

        String url = blankToNull(hints.url());
        Optional<Outlet> outlet = Optional.ofNullable(blankToNull(hints.outlet())).flatMap(outlets::byName);
        if (outlet.isEmpty()) outlet = outlets.byUrl(url);
        String outletName = blankToNull(hints.outlet()) != null ? hints.outlet().strip()
                : outlet.map(Outlet::name).orElse(null);
        String agency = firstNonBlank(hints.agency(), r.agency());
        Optional<Outlet> home = outlet.isPresent() ? outlet : outlets.byName(agency);

        PartialDateTime published = null;
        if (blankToNull(hints.published()) != null) {
            published = parseHintDate(hints.published().strip());
            if (published == null) warnings.add("published value '" + abbreviate(hints.published()) + "' not understood");
        }
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

        String id = idOf(raw, decoded);
        return new Article(id, raw.source(), url, outletName, firstNonBlank(hints.title(), r.headline()), published,
                firstNonBlank(hints.byline(), r.byline()), dateline, agency, r.body(), r.paragraphs(), r.captions(),
                r.boilerplate(), warnings, List.of(), List.of());
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
