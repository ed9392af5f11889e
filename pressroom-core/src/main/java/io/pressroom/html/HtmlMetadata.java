package io.pressroom.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.model.PartialDateTime;
import io.pressroom.text.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Reads a page's metadata in order of trust: structured data the publisher wrote for machines
 * (JSON-LD, Open Graph, {@code article:*} and Dublin Core meta tags), then the page's own markup
 * ({@code h1}, {@code <time>}, byline elements), then the URL. Dates never come from ordinary scripts
 * or comments (those are removed before the text is read) and never from the future.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\u2013\u2014\\-:\u00b7\u2022\u00bb/]\\s+");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/\\-_]?(0[1-9]|1[0-2])[/\\-_]?(0[1-9]|[12]\\d|3[01])(?=[/\\-_.]|$)");
    private static final Pattern BY = Pattern.compile("^(?:written |posted |reported |words )?by[:\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "https?:|www\\.|@|\\d|\\b(?:staff|admin|editor(?:ial)?|team|desk|newsroom|contributor)s?$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportage",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
            "scholarlyarticle", "techarticle", "posting", "socialmediaposting", "liveblogposting", "webpage");

    String title;
    final List<String> authors = new ArrayList<>();
    PartialDateTime published;
    PartialDateTime modified;
    String siteName;
    String language;
    String canonicalUrl;
    String description;
    String articleBody;
    String schemaType;
    String ogType;

    private HtmlMetadata() { }

    private static final Evaluator LD_SCRIPT = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator DATE_PUBLISHED_PROPERTY = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator DATED_TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator H1 = QueryParser.parse("h1");

    /** What {@code root.select(selector)} gives, from the list of the page's elements in document order. */
    static List<Element> matching(List<Element> all, Evaluator selector, Element root) {
        List<Element> out = new ArrayList<>();
        for (Element e : all) {
            if (selector.matches(root, e)) out.add(e);
        }
        return out;
    }

    /** Reads what the head and the structured data say; call before scripts are removed. */
    static HtmlMetadata read(Document doc, String url, Instant now) {
        HtmlMetadata m = new HtmlMetadata();
        java.util.Map<String, String> metas = metaTags(doc);
        Instant latest = (now == null ? Instant.now() : now).plusSeconds(36 * 3600);
        // The page's elements, listed once: each selector below filters this list instead of walking the page again.
        Elements all = doc.getAllElements();
        List<JsonNode> ld = jsonLd(matching(all, LD_SCRIPT, doc));
        JsonNode article = mainLdObject(ld);

        // Dates.
        List<String> pub = new ArrayList<>();
        List<String> mod = new ArrayList<>();
        if (article != null) {
            pub.add(text(article.get("datePublished")));
            pub.add(text(article.get("dateCreated")));
            mod.add(text(article.get("dateModified")));
        }
        for (String p : List.of("article:published_time", "og:published_time", "published_time",
                "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
                "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
                "article.published", "cxenseparse:recs:publishtime", "og:article:published_time",
                "displaydate", "originalpublicationdate", "citation_publication_date")) {
            pub.add(metas.get(p.toLowerCase(Locale.ROOT)));
        }
        for (String p : List.of("article:modified_time", "og:updated_time", "og:modified_time", "dateModified",
                "last-modified", "dcterms.modified", "article.updated")) {
            mod.add(metas.get(p.toLowerCase(Locale.ROOT)));
        }
        for (Element e : matching(all, DATE_PUBLISHED_PROPERTY, doc)) {
            pub.add(e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
        }
        m.published = firstDate(pub, latest);
        m.modified = firstDate(mod, latest);
        // The page's <time> elements, read once for both uses below and only when one needs them.
        List<Element> times = m.published == null || isUtc(m.published) || isUtc(m.modified)
                ? matching(all, DATED_TIME, doc) : List.of();
        m.published = localOffset(m.published, times, latest);
        m.modified = localOffset(m.modified, times, latest);
        if (m.published == null) m.published = timeElement(times, latest);
        if (m.published == null && url != null) m.published = urlDate(url, latest);
        if (m.published == null) m.published = stampNearTitle(all, latest);
        // A publication date the page shows as such ("Published Aug 13, 2025", <time pubdate>) two days or more
        // before the metadata's is the first publication; the metadata's is then a later save of the page.
        PartialDateTime shown = m.published == null ? null : shownPublished(all, latest);
        if (shown != null && shown.earliestEpochMillis() < m.published.earliestEpochMillis() - 2 * 86_400_000L) m.published = shown;

        // Title.
        m.siteName = firstNonBlank(metas.get("og:site_name".toLowerCase(Locale.ROOT)), metas.get("application-name".toLowerCase(Locale.ROOT)),
                article == null ? null : text(article.path("publisher").get("name")));
        List<String> h1s = new ArrayList<>();
        for (Element e : matching(all, H1, doc)) {
            String t = norm(e.text());
            if (t.length() >= 4 && t.length() <= 300) h1s.add(t);
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(metas.get("og:title".toLowerCase(Locale.ROOT)));
        candidates.add(metas.get("twitter:title".toLowerCase(Locale.ROOT)));
        if (article != null) candidates.add(text(article.get("headline")));
        candidates.add(metas.get("title".toLowerCase(Locale.ROOT)));
        candidates.add(doc.title());
        m.title = chooseTitle(h1s, candidates, m.siteName);

        // Authors.
        if (article != null) addLdAuthors(article.get("author"), m.authors);
        if (m.authors.isEmpty()) {
            Elements metaElements = doc.getElementsByTag("meta");
            for (String p : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "byl", "twitter:creator")) {
                for (Element e : metaElements) {
                    // What the selector meta[name=p], meta[property=p] matches, without a walk of the page per name.
                    if (p.equalsIgnoreCase(e.attr("name")) || p.equalsIgnoreCase(e.attr("property"))) {
                        addAuthor(e.attr("content"), m.authors);
                    }
                }
                if (!m.authors.isEmpty()) break;
            }
        }
        if (m.authors.isEmpty()) {
            for (Element e : all) {
                if (!bylineElement(e)) continue;
                if (e.text().length() > 80) continue;
                addAuthor(e.text(), m.authors);
                if (!m.authors.isEmpty()) break;
            }
        }

        // An organisation named as the author of its own page is the publisher, not a byline.
        if (m.siteName != null) m.authors.removeIf(a -> a.equalsIgnoreCase(m.siteName) || a.toLowerCase(Locale.ROOT).contains(m.siteName.toLowerCase(Locale.ROOT)));

        // The rest.
        Element html = doc.selectFirst("html");
        m.language = html == null ? null : blankToNull(html.attr("lang"));
        if (m.language == null) m.language = blankToNull(metas.get("content-language".toLowerCase(Locale.ROOT)));
        if (m.language == null) {
            String locale = metas.get("og:locale".toLowerCase(Locale.ROOT));
            if (locale != null) m.language = locale.replace('_', '-');
        }
        if (m.language == null && article != null) m.language = text(article.get("inLanguage"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        m.canonicalUrl = canonical != null ? blankToNull(canonical.absUrl("href")) : blankToNull(metas.get("og:url".toLowerCase(Locale.ROOT)));
        m.description = firstNonBlank(metas.get("description".toLowerCase(Locale.ROOT)), metas.get("og:description".toLowerCase(Locale.ROOT)));
        if (article != null) {
            m.articleBody = text(article.get("articleBody"));
            m.schemaType = typeOf(article);
        }
        m.ogType = metas.get("og:type".toLowerCase(Locale.ROOT));
        return m;
    }

    // ---- title ----

    /**
     * The visible headline (an {@code h1}) when it is about the same thing as the page's declared
     * titles (it shares their words: not a logo or a section name), else the declared title without
     * the site name. Editors often write a different SEO title; readers see the h1.
     */
    static String chooseTitle(List<String> h1s, List<String> candidates, String siteName) {
        List<String> cleaned = new ArrayList<>();
        for (String c : candidates) {
            String t = blankToNull(c);
            if (t != null) cleaned.add(withoutSiteName(norm(unescapedTwice(t)), siteName));
        }
        for (String h1 : h1s) {
            if (cleaned.isEmpty()) return h1;
            if (siteName != null && h1.equalsIgnoreCase(siteName)) continue;
            String post = afterBlogName(h1, cleaned);
            if (post != null) return post;
            String undated = afterDate(h1, cleaned);
            if (undated != null) return undated;
            Set<String> words = words(h1);
            for (String c : cleaned) {
                Set<String> cw = words(c);
                int shared = 0;
                for (String w : words) {
                    if (cw.contains(w)) shared++;
                }
                if (shared >= 2 || shared >= 1 && words.size() <= 2 || shared * 3 >= words.size() && shared > 0) {
                    return declaredSpelling(h1, cleaned);
                }
            }
        }
        return cleaned.isEmpty() ? null : cleaned.get(0);
    }

    /**
     * An h1 that prints the post's date before its title ("Dec 18 2025 Preparing a transition in Debusine"), where
     * the title is declared alone: the declared title; else null.
     */
    static String afterDate(String h1, List<String> declared) {
        String h = h1.strip();
        for (String c : declared) {
            String title = c.strip();
            if (title.isEmpty() || title.length() >= h.length()
                    || !h.regionMatches(true, h.length() - title.length(), title, 0, title.length())) continue;
            String lead = h.substring(0, h.length() - title.length()).strip();
            if (lead.isEmpty() || lead.length() > 30) continue;
            Timestamps.Stamp stamp = Timestamps.stampLine(lead, lead.split("\\s+").length);
            // A lead of at most four words and a few punctuation marks that reads as a date to the day.
            if (stamp != null && stamp.time().day() != null && lead.replaceAll("[\\p{L}\\p{N}]", "").length() <= 4
                    && lead.split("\\s+").length <= 4) return c;
        }
        return null;
    }

    private static final Pattern AFTER_NAME = Pattern.compile("(?:\\s*:|\\s+[|\\-\u00b7\u2022\u00bb/])\\s+");

    /**
     * A blog prints its own name as the h1 of every post ("Engora Data Blog") and declares a post's title both alone
     * and after that name ("Engora Data Blog: Small adventures with small language models"): then the post's title,
     * longer than the name, is the headline; else null.
     */
    static String afterBlogName(String h1, List<String> declared) {
        String name = foldTypography(h1);
        int nameWords = name.split(" ").length;
        for (String c : declared) {
            String folded = foldTypography(c);
            if (!folded.startsWith(name) || folded.length() <= name.length()) continue;
            Matcher sep = AFTER_NAME.matcher(folded).region(name.length(), folded.length());
            if (!sep.lookingAt()) continue;
            String post = folded.substring(sep.end());
            if (post.split(" ").length <= nameWords) continue;
            for (String other : declared) {
                if (foldTypography(other).equals(post)) return other;
            }
        }
        return null;
    }

    /**
     * A declared title that is the h1 but for the typographic quotes, dashes and ellipses a CMS sets in
     * visible text ("Investor’s" in the h1, "Investor's" in og:title): the publisher's own text of the headline,
     * as feeds and search engines carry it. Otherwise the h1.
     */
    private static String declaredSpelling(String h1, List<String> declared) {
        String folded = foldTypography(h1);
        for (String c : declared) {
            if (!c.equals(h1) && foldTypography(c).equals(folded)) return c;
        }
        // "Event Planning? Beginner? Guide": characters the page lost to a wrong encoding, printed as "?" or U+FFFD,
        // where the declared title has them ("Event Planning: Beginner's Guide").
        if (h1.indexOf('?') >= 0 || h1.indexOf('\uFFFD') >= 0) {
            StringBuilder re = new StringBuilder();
            for (String part : folded.split("[?\uFFFD]", -1)) {
                if (re.length() > 0) re.append(".{1,3}");
                re.append(Pattern.quote(part));
            }
            Pattern lost = Pattern.compile(re.toString());
            for (String c : declared) {
                if (lost.matcher(foldTypography(c)).matches()) return c;
            }
        }
        return h1;
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt|nbsp);");

    /** A meta title escaped twice by its CMS ("Python, SQL &#x26; AI" once parsed): the entity it still holds, decoded. */
    static String unescapedTwice(String s) {
        return ENTITY.matcher(s).find() ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
    }

    static String foldTypography(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032\u02BC`]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]|--", "-")
                .replace("\u2026", "...");
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String s) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 || w.chars().allMatch(Character::isDigit) && !w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** "Story title | Site" → "Story title": drops the shorter piece at either end when it is not the story. */
    static String withoutSiteName(String title, String siteName) {
        Matcher sep = TITLE_SEPARATORS.matcher(title);
        List<int[]> cuts = new ArrayList<>();
        while (sep.find()) cuts.add(new int[] {sep.start(), sep.end()});
        if (cuts.isEmpty()) return title;
        String site = siteName == null ? null : siteName.toLowerCase(Locale.ROOT);
        int[] last = cuts.get(cuts.size() - 1);
        String tail = title.substring(last[1]).strip();
        String head = title.substring(0, last[0]).strip();
        if (site != null && (tail.toLowerCase(Locale.ROOT).contains(site) || site.contains(tail.toLowerCase(Locale.ROOT)))) {
            return withoutSiteName(head, siteName);
        }
        int[] first = cuts.get(0);
        String lead = title.substring(0, first[0]).strip();
        if (site != null && (lead.equalsIgnoreCase(site) || site.contains(lead.toLowerCase(Locale.ROOT)))) {
            return title.substring(first[1]).strip();
        }
        // No site name to go by: a short last piece after a pipe or dash is most likely the site.
        if (site == null && tail.split("\\s+").length <= 4 && head.split("\\s+").length >= 3
                && !title.substring(last[0], last[1]).contains(":")) {
            return head;
        }
        // "Best Movers in NYC 2025 | Top 19 Companies", "… - Personally Tested": an SEO tail after a pipe or a
        // spaced hyphen, shorter than the headline, is not the headline (measured on WCXB dev: en and em dashes
        // join a headline's two parts as often as not, so they stay).
        String separator = title.substring(last[0], last[1]).strip();
        if ((separator.equals("|") || separator.equals("-")) && tail.split("\\s+").length < head.split("\\s+").length) {
            return withoutSiteName(head, siteName);
        }
        return title;
    }

    // ---- authors ----

    private static void addLdAuthors(JsonNode node, List<String> out) {
        if (node == null || node.isNull()) return;
        if (node.isArray()) {
            for (JsonNode n : node) addLdAuthors(n, out);
        } else if (node.isObject()) {
            String type = typeOf(node);
            if (type != null && type.equals("organization") && !out.isEmpty()) return;
            addAuthor(text(node.get("name")), out);
        } else if (node.isTextual()) {
            addAuthor(node.asText(), out);
        }
    }

    static void addAuthor(String raw, List<String> out) {
        String s = blankToNull(raw);
        if (s == null) return;
        // Meta values are sometimes escaped twice ("Maria &amp;amp; Katerina").
        s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        s = BY.matcher(norm(s)).replaceFirst("");
        for (String part : s.split("\\s*(?:,|;|\\band\\b|&|\\|)\\s*")) {
            String name = part.strip();
            if (name.length() < 3 || name.length() > 60 || NOT_A_NAME.matcher(name).find()) continue;
            if (name.split("\\s+").length > 5) continue;
            // A user handle ("andrew.keaveney", "kffnirmitap") is not a name.
            if (!name.contains(" ") && (name.equals(name.toLowerCase(Locale.ROOT)) || name.contains(".") || name.contains("_"))) continue;
            if (out.stream().noneMatch(a -> a.equalsIgnoreCase(name))) out.add(name);
        }
    }

    // ---- dates ----

    private static PartialDateTime firstDate(List<String> values, Instant latest) {
        for (String v : values) {
            PartialDateTime d = parseDate(v, latest);
            if (d != null) return d;
        }
        return null;
    }

    static PartialDateTime parseDate(String value, Instant latest) {
        String v = blankToNull(value);
        if (v == null) return null;
        v = v.strip();
        PartialDateTime d = null;
        try {
            d = PartialDateTime.parseIso(v.length() > 40 ? v.substring(0, 40) : v);
        } catch (RuntimeException e) {
            Timestamps.Stamp s = Timestamps.stampLine(v, v.split("\\s+").length);
            if (s != null) d = s.time();
        }
        if (d == null || d.year() < 1990) return null;
        if (latest != null && d.earliestEpochMillis() > latest.toEpochMilli()) return null;
        return d;
    }

    private static PartialDateTime timeElement(List<Element> times, Instant latest) {
        for (Element t : times) {
            if (updatedTime(t, classesAround(t))) continue;
            PartialDateTime d = parseDate(t.attr("datetime"), latest);
            if (d != null && d.day() != null) return d;
        }
        return null;
    }

    private static PartialDateTime urlDate(String url, Instant latest) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        try {
            PartialDateTime d = PartialDateTime.ofDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return latest != null && d.earliestEpochMillis() > latest.toEpochMilli() ? null : d;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A time the metadata gives in UTC is written at the page's own offset when a {@code <time>} element of
     * the page shows an instant within the hour at a non-zero offset: the same moment, but on the calendar
     * day the outlet printed ("2025-12-19T03:05Z" becomes "2025-12-18T19:05-08:00").
     */
    private static PartialDateTime localOffset(PartialDateTime utc, List<Element> times, Instant latest) {
        if (!isUtc(utc)) return utc;
        for (Element t : times) {
            PartialDateTime local = parseDate(t.attr("datetime"), latest);
            if (local == null || local.hour() == null || local.offset() == null || local.offset().getTotalSeconds() == 0) continue;
            if (Math.abs(local.earliestEpochMillis() - utc.earliestEpochMillis()) <= 3_600_000L) {
                return utc.atOffset(local.offset());
            }
        }
        return utc;
    }

    private static boolean isUtc(PartialDateTime t) {
        return t != null && t.hour() != null && t.offset() != null && t.offset().getTotalSeconds() == 0;
    }

    /** Whether a {@code <time>} is introduced as a modification date by the text before it ("Last updated: "). */
    private static boolean labelledUpdated(Element time) {
        StringBuilder before = new StringBuilder();
        for (org.jsoup.nodes.Node n = time.previousSibling(); n != null && before.length() < 40; n = n.previousSibling()) {
            before.insert(0, n instanceof org.jsoup.nodes.TextNode tn ? tn.text() : n instanceof Element el ? el.text() : "");
        }
        String label = before.toString().toLowerCase(Locale.ROOT);
        return label.contains("updated") || label.contains("modified") || label.contains("reviewed");
    }

    private static boolean updatedAbove(Element e, Set<Element> updatedLines) {
        if (updatedLines.isEmpty()) return false;
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (updatedLines.contains(up)) return true;
        }
        return false;
    }

    /** A printed date line ("Published Sept. 4, 2025") in the elements that usually hold one. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)^\\s*(?:published|posted|first published)\\b");
    /** "This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated …" */
    private static final Pattern ORIGINALLY_PUBLISHED = Pattern.compile("(?i)\\boriginally published(?:\\s+on)?\\s+");

    /**
     * The date the page shows as its publication: a {@code <time pubdate>} or one classed "published", or a line
     * "Published …"; else any date the page shows in a {@code <time>} or an element classed "date" — only when every
     * such date on the page is the same day (lists of other posts carry their own). One walk over the page.
     */
    private static PartialDateTime shownPublished(List<Element> all, Instant latest) {
        List<PartialDateTime> labelledTimes = new ArrayList<>(), anyTimes = new ArrayList<>();
        List<PartialDateTime> labelledLines = new ArrayList<>(), anyLines = new ArrayList<>();
        PartialDateTime underHeadline = null;
        int sinceH1 = -1;
        for (Element e : all) {
            if (sinceH1 < 0 && e.nameIs("h1")) sinceH1 = 0;
            else if (sinceH1 >= 0) sinceH1++;
            int timesBefore = anyTimes.size(), linesBefore = anyLines.size();
            if (e.nameIs("time") && e.hasAttr("datetime")) {
                String cls = classesAround(e);
                if (!updatedTime(e, cls)) {
                    PartialDateTime d = parseDate(e.attr("datetime"), latest);
                    if (d != null && d.day() != null) {
                        anyTimes.add(d);
                        if (e.hasAttr("pubdate") || cls.contains("publish") || PUBLISHED_LABEL.matcher(e.parent().ownText()).find()) {
                            labelledTimes.add(d);
                        }
                    }
                }
            }
            String cls = e.className().toLowerCase(Locale.ROOT);
            if (cls.contains("date") || cls.contains("meta") || cls.contains("publish") || cls.contains("posted")) {
                shownLine(e, cls, latest, anyLines, labelledLines);
            }
            // The first date shown within a few elements after the headline is the headline's.
            if (underHeadline == null && sinceH1 > 0 && sinceH1 <= HEADLINE_REACH) {
                if (anyTimes.size() > timesBefore) underHeadline = anyTimes.get(anyTimes.size() - 1);
                else if (anyLines.size() > linesBefore) underHeadline = anyLines.get(anyLines.size() - 1);
            }
        }
        labelledTimes.addAll(labelledLines);
        PartialDateTime labelled = sameDay(labelledTimes);
        if (labelled != null) return labelled;
        anyTimes.addAll(anyLines);
        PartialDateTime any = sameDay(anyTimes);
        return any != null ? any : underHeadline;
    }

    /** A line of an element classed date/meta/publish/posted that shows a publication date, added to the lists. */
    private static void shownLine(Element e, String cls, Instant latest, List<PartialDateTime> any, List<PartialDateTime> labelled) {
        // Longer text is never read below; a wrapper classed "post-meta" can hold the whole article.
        if (visibleLongerThan(e, 300)) return;
        String t = norm(e.text());
        Matcher originally = ORIGINALLY_PUBLISHED.matcher(t);
        boolean original = t.length() <= 300 && originally.find();
        if (original) t = t.substring(originally.end(), Math.min(t.length(), originally.end() + 40));
        boolean label = original || PUBLISHED_LABEL.matcher(t).find();
        if (t.isEmpty() || t.length() > 80 || !label && !cls.contains("date")) return;
        PartialDateTime d = publication(Timestamps.stampLine(t, t.split("\\s+").length), latest);
        if (d != null) {
            any.add(d);
            if (label) labelled.add(d);
        }
    }

    /**
     * Whether an element's text holds more than {@code limit} characters other than whitespace (so its collapsed
     * text is longer than that), counted only until that is known: cheaper than building the text of a large element.
     */
    static boolean visibleLongerThan(Element e, int limit) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (!MainContent.collapsible(s.charAt(i))) count[0]++;
                    }
                    if (count[0] > limit) return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > limit;
    }

    /** A stamp read from a line as a publication day: dated to the day, not an update, not in the future; else null. */
    private static PartialDateTime publication(Timestamps.Stamp s, Instant latest) {
        if (s == null || s.updated() || s.time().day() == null) return null;
        return latest == null || s.time().earliestEpochMillis() <= latest.toEpochMilli() ? s.time() : null;
    }

    /** A {@code <time>}'s own and its parent's classes, lower case. */
    private static String classesAround(Element time) {
        return (time.className() + " " + time.parent().className()).toLowerCase(Locale.ROOT);
    }

    /** Whether a {@code <time>} is a modification date, by its classes ({@code classesAround}) or the label before it. */
    private static boolean updatedTime(Element time, String classes) {
        return classes.contains("modif") || classes.contains("updat") || labelledUpdated(time);
    }

    /** How many elements after the first h1 a date still belongs to the headline ("By … · March 3, 2021"). */
    private static final int HEADLINE_REACH = 40;

    private static PartialDateTime sameDay(List<PartialDateTime> dates) {
        if (dates.isEmpty()) return null;
        String day = dates.get(0).toString().substring(0, 10);
        for (PartialDateTime d : dates) if (!d.toString().startsWith(day)) return null;
        return dates.get(0);
    }

    private static PartialDateTime stampNearTitle(List<Element> all, Instant latest) {
        // A line "Last Updated on Feb 24, 2026" often wraps the date in an element of its own ("date"): the
        // inner element, read alone, must not pass for a publication date.
        Set<Element> updatedLines = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : all) {
            if (!stampLike(e) || updatedAbove(e, updatedLines) || visibleLongerThan(e, 120)) continue;
            String t = norm(e.text());
            if (t.isEmpty() || t.length() > 120) continue;
            Timestamps.Stamp s = Timestamps.stampLine(t, t.split("\\s+").length);
            if (s != null && s.updated()) updatedLines.add(e);
            PartialDateTime d = publication(s, latest);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * What the selector {@code [class*=date], [class*=time], [class*=publish], [class*=posted], [id*=date],
     * [class*=meta], [class*=byline]} selects, tested on one element: the selector, run over the page, had been
     * a tenth of the metadata's time.
     */
    static boolean stampLike(Element e) {
        String cls = e.attr("class");
        if (!cls.isEmpty()) {
            cls = cls.toLowerCase(Locale.ROOT);
            if (cls.contains("date") || cls.contains("time") || cls.contains("publish") || cls.contains("posted")
                    || cls.contains("meta") || cls.contains("byline")) return true;
        }
        String id = e.attr("id");
        return !id.isEmpty() && id.toLowerCase(Locale.ROOT).contains("date");
    }

    // ---- JSON-LD ----

    private static List<JsonNode> jsonLd(List<Element> scripts) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : scripts) {
            String data = s.data().strip();
            if (data.isEmpty() || data.length() > 2_000_000) continue;
            try {
                flatten(JSON.readTree(data), out, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the other sources still count.
            }
        }
        return out;
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) return;
        if (node.isArray()) {
            for (JsonNode n : node) flatten(n, out, depth + 1);
        } else if (node.isObject()) {
            out.add(node);
            if (node.has("@graph")) flatten(node.get("@graph"), out, depth + 1);
            if (node.has("mainEntity")) flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    /** The object that describes the article: an Article type with a headline or date, else a WebPage. */
    private static JsonNode mainLdObject(List<JsonNode> nodes) {
        JsonNode page = null;
        for (JsonNode n : nodes) {
            String t = typeOf(n);
            if (t == null || !ARTICLE_TYPES.contains(t)) continue;
            if (t.equals("webpage")) {
                if (page == null) page = n;
                continue;
            }
            if (n.has("headline") || n.has("datePublished") || n.has("articleBody")) return n;
        }
        return page;
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) return null;
        if (t.isArray()) {
            for (JsonNode x : t) {
                String s = x.asText().toLowerCase(Locale.ROOT);
                if (ARTICLE_TYPES.contains(s)) return s;
            }
            return t.isEmpty() ? null : t.get(0).asText().toLowerCase(Locale.ROOT);
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    // ---- helpers ----

    /**
     * The head's meta tags by property, name, itemprop or http-equiv (lower-cased): the first non-blank
     * content in page order, read once per page rather than once per name asked for.
     */
    /**
     * What the selector {@code [itemprop=author] [itemprop=name], [rel=author], a[href*=/author/], .byline,
     * .author, .author-name, [class*=byline], [class*=author-name]} matches, tested element by element: jsoup
     * evaluates such a selector by lower-casing every element's class attribute several times, which showed as one
     * of the larger parts of the metadata step in profiles of long pages.
     */
    static boolean bylineElement(Element e) {
        Attributes attributes = e.attributes();
        if (attributes.isEmpty()) return false;
        String classes = attributes.getIgnoreCase("class");
        if (!classes.isEmpty()) {
            String lower = classes.toLowerCase(Locale.ROOT);
            if (lower.contains("byline") || lower.contains("author-name") || e.hasClass("author")) return true;
        }
        if (attributes.hasKeyIgnoreCase("rel") && "author".equalsIgnoreCase(attributes.getIgnoreCase("rel"))) return true;
        if (e.normalName().equals("a") && attributes.getIgnoreCase("href").toLowerCase(Locale.ROOT).contains("/author/")) return true;
        if (attributes.hasKeyIgnoreCase("itemprop") && "name".equalsIgnoreCase(attributes.getIgnoreCase("itemprop"))) {
            for (Element up = e.parent(); up != null; up = up.parent()) {
                if ("author".equalsIgnoreCase(up.attr("itemprop"))) return true;
            }
        }
        return false;
    }

    private static java.util.Map<String, String> metaTags(Document doc) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Element e : doc.head().getElementsByTag("meta")) {
            String c = blankToNull(e.attr("content"));
            if (c == null) continue;
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = e.attr(key);
                if (!k.isEmpty()) out.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        if (n.isObject()) return text(n.has("name") ? n.get("name") : n.get("@value"));
        return blankToNull(n.asText());
    }

    static String norm(String s) {
        return s == null ? "" : MainContent.collapse(s);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (blankToNull(v) != null) return norm(v);
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
