package io.pressroom.html;

import io.pressroom.text.PageFurniture;
import io.pressroom.text.TextCleaner;
import io.pressroom.text.Timestamps;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a page's DOM. The page is cut into text blocks (the text between block-level
 * boundaries, as boilerpipe does); prose-like blocks vote for their ancestors (Readability's scoring:
 * full weight to the parent, decaying upwards, scaled by link density and by class and id names); the
 * best container and its related siblings hold the article, and inside it the blocks that are links,
 * widgets, captions, bylines or page furniture are set aside. Leads that sit just before the container
 * (a standfirst in its own element) are kept.
 *
 * <p>Written by hand: the Java ports of Readability (readability4j) and boilerpipe are unmaintained or
 * slow (readability4j reaches about 170 pages/s here and keeps no captions or page type), and none
 * returns the captions, boilerplate and page-type signal that the pipeline needs.
 */
final class MainContent {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, ROW, PRE }

    /** A run of text between block boundaries, owned by its nearest block-level element. */
    static final class Block {
        final Element owner;
        final String text;
        final int linkChars;
        final Kind kind;
        boolean negative;
        boolean caption;

        Block(Element owner, String text, int linkChars, Kind kind) {
            this.owner = owner;
            this.text = text;
            this.linkChars = linkChars;
            this.kind = kind;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        boolean prose() {
            return !negative && !caption && text.length() >= 25 && linkDensity() < 0.5
                    && kind != Kind.HEADING;
        }
    }

    record Result(List<String> paragraphs, List<String> captions, List<String> boilerplate, int proseChars,
                  int proseBlocks, double pageLinkDensity, int blocks) { }

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "hr", "form", "address",
            "center", "details", "summary", "fieldset", "legend", "caption", "body", "html", "menu", "hgroup");
    static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "input", "select", "textarea", "button", "option", "link", "meta",
            "dialog", "map", "video", "audio", "picture", "source", "math");
    static final Set<String> STRUCTURAL_DROPS = Set.of("nav", "aside", "footer", "menu");

    // Words of class and id names (NameWords: matched as whole words of the names, case aside).
    private static final NameWords NEGATIVE = new NameWords(
            "comments?|commentlist|respond|share|sharing|sharebar|social|socials|related|relatedposts"
                    + "|recommended|recommendations?|more-stories|read-more|readmore|newsletter|subscribe|subscription"
                    + "|paywall|promo|promos|promotion|advert|advertisement|ads?|adslot|ad-slot|ad-container"
                    + "|dfp|sponsor|sponsored|cookie|cookies|consent|gdpr|popup|modal|breadcrumbs?|sidebar"
                    + "|tags|tag-list|taglist|tagcloud|pagination|pager|navbar|nav|gnav|globalnav|topnav|subnav|sitenav|navigation|menu|footer"
                    + "|masthead|signup|outbrain|taboola|disqus|author|authors|author-bio|authorbio|about-author|author-box|bio|cta|upsell|byline"
                    + "|bylines|dateline|skip-link|toolbar|table-of-contents|rating|reactions|trending"
                    + "|most-popular|mostpopular|most-read|visually-hidden|sr-only|screen-reader-text");
    private static final NameWords POSITIVE = new NameWords(
            "article|body|content|entry|main|post|story|text|blog|prose|richtext|rich-text"
                    + "|article-body|articlebody|story-body|entry-content|post-content|article-content|main-content");
    private static final NameWords CAPTION = new NameWords(
            "caption|captions|wp-caption-text|figcaption|image-credit|photo-credit|credit|credits");
    private static final Pattern BYLINE_TEXT = Pattern.compile(
            "^(?:by|written by|posted by|reported by|photo(?:graph)?s? by|image:|photo:|source:|updated:?|published:?|posted:?)\\b",
            Pattern.CASE_INSENSITIVE);

    private MainContent() { }

    /** -Dpressroom.debug.html=true traces the container choice on stderr, for tuning. */
    static final boolean DEBUG = Boolean.getBoolean("pressroom.debug.html");

    static String describe(Element e) {
        StringBuilder path = new StringBuilder();
        for (Element x = e; x != null && !x.normalName().equals("html"); x = x.parent()) {
            path.insert(0, "/" + x.normalName() + (x.className().isEmpty() ? "" : "." + x.className().replace(' ', '.')));
        }
        return path.toString();
    }

    static Result extract(Element body, String title) {
        List<Block> blocks = segment(body);
        List<Element> all = body.getAllElements();   // document order: parents before children
        Map<Element, Double> scores = new IdentityHashMap<>();
        int totalChars = 0;
        int totalLinks = 0;
        int totalProse = 0;
        for (Block b : blocks) {
            totalChars += b.text.length();
            totalLinks += b.linkChars;
            if (b.prose()) totalProse += b.text.length();
        }
        Map<Element, int[]> chars = subtreeStats(blocks, all, false);   // [text, links, prose] per element
        markNegative(blocks, chars, totalProse);
        Map<Element, int[]> kept = subtreeStats(blocks, all, true);   // the same, without widgets
        for (Block b : blocks) {
            if (!b.prose()) continue;
            double s = 1 + Math.min(count(b.text, ','), 10) + Math.min(b.text.length() / 100.0, 3.0);
            Element e = b.kind == Kind.PARAGRAPH || b.kind == Kind.QUOTE || b.kind == Kind.PRE
                    ? b.owner.parent() : b.owner;
            for (int level = 0; e != null && level < 5; level++, e = e.parent()) {
                double share = level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
                Double old = scores.get(e);
                scores.put(e, (old == null ? initialScore(e) : old) + share);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            int[] c = chars.get(en.getKey());
            double ld = c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
            double s = en.getValue() * (1 - ld);
            en.setValue(s);
            if (s > best) {
                best = s;
                top = en.getKey();
            }
        }
        double pageLd = totalChars == 0 ? 0 : (double) totalLinks / totalChars;
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        if (top == null) {
            for (Block b : blocks) addBounded(boilerplate, b.text);
            return new Result(paragraphs, captions, boilerplate, 0, 0, pageLd, blocks.size());
        }
        if (DEBUG) System.err.println("top " + describe(top) + " score " + best);
        top = widen(top, kept);
        if (DEBUG) System.err.println("widened " + describe(top));
        List<Element> containers = withSiblings(top, scores, best);

        String titleKey = title == null ? null : key(title);
        int proseChars = 0;
        int proseBlocks = 0;
        boolean started = false;
        List<Block> chosen = new ArrayList<>();
        Map<Element, Boolean> insideCache = new IdentityHashMap<>();
        for (Element c : containers) insideCache.put(c, true);
        // Words of the prose blocks (8 words or more) inside the containers, for where the article may end.
        int[] proseWordsOf = new int[blocks.size()];
        int insideProseWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.caption || b.negative || !within(b.owner, insideCache)) continue;
            int words = wordCount(b.text);
            if (words >= 8) {
                proseWordsOf[i] = words;
                insideProseWords += words;
            }
        }
        int proseWords = 0;
        Element lastProseParent = null;
        // A list the text introduces with a colon ("Many patches were sent for review:") is the article's,
        // even when every item is a link.
        boolean colonBefore = false;
        Element introducedList = null;
        boolean commentsBegun = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean inside = within(b.owner, insideCache);
            if (b.caption) {
                if (inside || b.text.length() > 20) addOnce(captions, b.text);
                continue;
            }
            // Readers' comments the page does not mark as such (no "comment" in a class or id) still open
            // with a heading ("12 Comments", "Leave a Reply"): the article ends there, as in a text dump.
            // So do lists of other articles ("Related posts"), once most of the prose lies above them: a
            // box of links set into the story has the story's prose on both sides.
            if (inside && !commentsBegun && proseWords >= TextCleaner.PROSE_BEFORE_COMMENTS) {
                commentsBegun = TextCleaner.isCommentsHeading(b.text)
                        || proseWords >= insideProseWords * AFTER_ARTICLE_SHARE && endsArticle(b)
                        && !storyResumes(blocks, i + 1, proseWordsOf, lastProseParent);
            }
            Element list = inside ? listOf(b.owner) : null;
            if (colonBefore && list != null) introducedList = list;
            colonBefore = false;
            boolean introduced = list != null && list == introducedList;
            if (commentsBegun || !inside || b.negative || !keep(b, titleKey, started, introduced)) {
                addBounded(boilerplate, b.text);
                continue;
            }
            started = true;
            chosen.add(b);
            colonBefore = b.text.endsWith(":") && list == null;
            proseWords += proseWordsOf[i];
            if (proseWordsOf[i] > 0 && b.kind == Kind.PARAGRAPH) lastProseParent = b.owner.parent();
        }
        trimEdges(chosen, boilerplate);
        Set<String> seen = new java.util.HashSet<>();
        for (Block b : chosen) {
            // Responsive layouts print the same short block twice (desktop and mobile versions). Labels of a
            // few words repeat in the article itself ("Pros", "Price", a product's features), so they stay.
            if (b.text.length() < 200 && wordCount(b.text) > DUPLICATE_MIN_WORDS && !seen.add(b.text)) {
                addBounded(boilerplate, b.text);
                continue;
            }
            paragraphs.add(format(b));
            if (b.prose()) {
                proseChars += b.text.length();
                proseBlocks++;
            }
        }
        // A title repeated as the first line of the body is not body text.
        while (!paragraphs.isEmpty() && titleKey != null && key(paragraphs.get(0)).equals(titleKey)) {
            paragraphs.remove(0);
        }
        return new Result(paragraphs, captions, boilerplate, proseChars, proseBlocks, pageLd, blocks.size());
    }

    /**
     * Drops the short, sentence-less blocks at either end of the article: section labels, contact
     * details and "Related" headings above or below the story. A heading right before the first
     * paragraph is kept; a heading after the last one never belongs to the article.
     */
    private static void trimEdges(List<Block> chosen, List<String> boilerplate) {
        // A short run of fragments at the end is furniture; a long one is a list the article ends with.
        int run = 0;
        while (run < chosen.size() && fragment(chosen.get(chosen.size() - 1 - run))) run++;
        if (run >= 2 && run <= 6 && run < chosen.size()) {
            for (int i = 0; i < run; i++) addBounded(boilerplate, chosen.remove(chosen.size() - 1).text);
        }
        while (!chosen.isEmpty() && chosen.get(chosen.size() - 1).kind == Kind.HEADING) {
            addBounded(boilerplate, chosen.remove(chosen.size() - 1).text);
        }
        int lead = 0;
        while (lead < chosen.size() && fragment(chosen.get(lead))) lead++;
        // Keep the heading (or headings) right above the first paragraph.
        while (lead > 0 && chosen.get(lead - 1).kind == Kind.HEADING) lead--;
        if (lead <= 6 && lead < chosen.size()) {
            for (int i = 0; i < lead; i++) addBounded(boilerplate, chosen.remove(0).text);
        }
    }

    /** A short block that is not a sentence: a label, a name, an address line. */
    private static boolean fragment(Block b) {
        String t = b.text;
        if (t.length() >= 80 || b.kind == Kind.LIST_ITEM || b.kind == Kind.ROW) return false;
        char end = t.charAt(t.length() - 1);
        return !(end == '.' || end == '!' || end == '?' || end == '"' || end == '\u201d' || end == ':' || end == ')');
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("(?i)lorem ipsum dolor sit amet");
    static final java.util.regex.Pattern NEWSLETTER_PITCH = java.util.regex.Pattern.compile(
            "(?i)(?:delivered|straight) to your inbox|thanks? (?:you )?for (?:signing up|subscribing)|by clicking subscribe"
            + "|sign up (?:for|to) (?:our|the) (?:free )?(?:daily |weekly )?newsletters?");

    /**
     * Whether a short block is a newsletter's sign-up pitch. Every form of the pattern holds one of four words, looked
     * for first: the pattern's case-blind alternation tried at every character cost 3% of the HTML stage (profile).
     */
    static boolean newsletterPitch(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return (lower.contains("inbox") || lower.contains("subscrib") || lower.contains("signing up") || lower.contains("newsletter"))
                && NEWSLETTER_PITCH.matcher(t).find();
    }

    /**
     * Headings under which a page lists other articles ("Related posts", "You might also be interested
     * in…", "More from CFR") or a paper its references: what follows is not the article. Measured on WCXB
     * dev and left out: "Read more"/"Read next" (buttons in listicles), "About the author", "FAQ" (the
     * gold keeps FAQs: 41 pages changed, −0.9 points).
     */
    private static final Pattern AFTER_ARTICLE_HEADING = Pattern.compile("(?i)[\\p{Punct}\\s]*(?:"
            + "(?:related|recent|latest|popular|more|other|similar|recommended|trending)"
            + " (?:posts|articles|stories|news|reads|reading|content|guides)"
            + "|you (?:may|might|could) also (?:like|enjoy|be interested(?: in)?|want to read)"
            + "|more from .{1,40}|recommended for you|references|footnotes|bibliography|works cited|citations"
            + ")[\\p{Punct}\\s…]*");

    /** Blocks of more words than this are dropped when they repeat (measured: 6 is best of 1, 2, 3, 6, 10 on WCXB dev). */
    private static final int DUPLICATE_MIN_WORDS = 6;

    /** Share of the containers' prose words that must come before a list of other articles ends the article. */
    private static final double AFTER_ARTICLE_SHARE = 0.5;

    /**
     * Whether a prose paragraph follows in the element that held the story's last paragraph: then a
     * "Related articles" heading opened a box set into the story, not the list below it.
     */
    private static boolean storyResumes(List<Block> blocks, int from, int[] proseWordsOf, Element storyParent) {
        if (storyParent == null) return false;
        for (int j = from; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (proseWordsOf[j] > 0 && b.linkDensity() < 0.3 && b.owner.parent() == storyParent) return true;
        }
        return false;
    }

    private static boolean endsArticle(Block b) {
        return b.text.length() <= 80 && (b.kind == Kind.HEADING || fragment(b))
                && AFTER_ARTICLE_HEADING.matcher(b.text).matches();
    }

    /** Whether a block inside the article container is article text. */
    private static boolean keep(Block b, String titleKey, boolean started, boolean introducedList) {
        String t = b.text;
        int words = wordCount(t);
        double ld = introducedList ? 0 : b.linkDensity();
        if (ld > 0.5 && !(b.kind == Kind.HEADING && ld < 1.0 && started)) return false;
        if (b.kind == Kind.LIST_ITEM && ld > 0.3 && words < 12) return false;
        if (b.kind == Kind.HEADING) {
            if (titleKey != null && key(t).equals(titleKey)) return false;
            return words <= 40 && !PageFurniture.isFurniture(t, words);
        }
        if (PageFurniture.isFurniture(t, words)) return false;
        // A template's placeholder text, and a newsletter's sign-up pitch, are never the article.
        if (PLACEHOLDER.matcher(t).lookingAt() || words <= 40 && newsletterPitch(t)) return false;
        if (words <= 12 && BYLINE_TEXT.matcher(t).find()) return false;
        if (words <= 10 && Timestamps.stampLine(t, words) != null && !t.endsWith(".")) return false;
        return true;
    }

    /** The list (ul, ol) a block is an item of, looking up to three elements above its owner; null if none. */
    private static Element listOf(Element owner) {
        Element e = owner;
        for (int i = 0; i < 4 && e != null; i++, e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("ul") || tag.equals("ol")) return e;
        }
        return null;
    }

    /** Text, link and prose characters under each element, summed bottom-up in one pass. */
    private static Map<Element, int[]> subtreeStats(List<Block> blocks, List<Element> all, boolean skipNegative) {
        Map<Element, int[]> stats = new IdentityHashMap<>(all.size() * 2);
        for (Block b : blocks) {
            if (skipNegative && b.negative) continue;
            int[] c = stats.computeIfAbsent(b.owner, k -> new int[3]);
            c[0] += b.text.length();
            c[1] += b.linkChars;
            if (b.prose()) c[2] += b.text.length();
        }
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            int[] c = stats.get(e);
            Element parent = e.parent();
            if (c == null || parent == null) continue;
            int[] pc = stats.computeIfAbsent(parent, k -> new int[3]);
            pc[0] += c[0];
            pc[1] += c[1];
            pc[2] += c[2];
        }
        return stats;
    }

    /**
     * Climbs from the best-scoring element to its ancestors while what an ancestor adds is itself
     * article-like: mostly prose, few links. Articles split into sections, or with their lead in a
     * separate element, are then taken whole; widgets were already set aside.
     */
    private static Element widen(Element top, Map<Element, int[]> kept) {
        Element best = top;
        int bestProse = kept.containsKey(top) ? kept.get(top)[2] : 0;
        Element current = top;
        for (int i = 0; i < 12; i++) {
            Element parent = current.parent();
            if (parent == null || parent.normalName().equals("html")) break;
            int[] pc = kept.get(parent);
            if (pc == null || pc[0] == 0) break;
            double linkDensity = (double) pc[1] / pc[0];
            double proseShare = (double) pc[2] / pc[0];
            if (DEBUG) System.err.printf("  up %s ld %.2f prose %.2f (%d)%n", parent.normalName() + "." + parent.className(), linkDensity, proseShare, pc[2]);
            if (linkDensity >= 0.3 || proseShare < 0.55) break;
            current = parent;
            // The lowest ancestor that holds all the prose found so far: no need to take more furniture.
            if (pc[2] > bestProse) {
                best = parent;
                bestProse = pc[2];
            }
        }
        return best;
    }

    /** Readability's sibling rule: siblings that score well or are prose paragraphs belong to the article. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, double best) {
        List<Element> out = new ArrayList<>();
        // Page builders wrap each text block in wrappers of its own ("sqs-block > sqs-block-content >
        // sqs-html-content"): the siblings that matter are those of the outermost wrapper.
        while (top.parent() != null && top.parent().childrenSize() == 1 && !top.parent().normalName().equals("body")) {
            top = top.parent();
        }
        Element parent = top.parent();
        if (parent == null) {
            out.add(top);
            return out;
        }
        double threshold = Math.max(10, best * 0.2);
        String cls = top.className();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double s = scores.getOrDefault(sib, 0.0);
            if (!cls.isEmpty() && cls.equals(sib.className())) s += best * 0.2;
            if (s >= threshold) {
                out.add(sib);
                continue;
            }
            if (sib.tagName().equals("p")) {
                String t = sib.text();
                double ld = linkDensityOf(sib, t.length());
                if (t.length() > 80 && ld < 0.25 || t.length() > 0 && t.length() <= 80 && ld == 0
                        && t.matches(".*[.!?]\\s*$")) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    // ---- segmentation ----

    static List<Block> segment(Element body) {
        List<Block> blocks = new ArrayList<>();
        Segmenter seg = new Segmenter(blocks);
        NodeTraversor.traverse(seg, body);
        seg.flush();
        return blocks;
    }

    private static final class Segmenter implements NodeVisitor {
        private final List<Block> out;
        private final List<Element> owners = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int skipDepth;

        private final Map<Element, Boolean> captionCache = new IdentityHashMap<>();

        Segmenter(List<Block> out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipDepth > 0) {
                if (node instanceof Element) skipDepth++;
                return;
            }
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (s.isBlank()) {
                    if (!text.isEmpty()) text.append(' ');
                    return;
                }
                int before = text.length();
                text.append(s);
                if (linkDepth > 0) linkChars += text.length() - before;
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (DROP_TAGS.contains(tag) || hidden(e)) {
                skipDepth = 1;
                return;
            }
            if (tag.equals("br")) {
                text.append('\n');
                return;
            }
            if (tag.equals("td") || tag.equals("th")) {
                if (!text.isEmpty()) text.append(" | ");
                return;
            }
            if (tag.equals("a")) linkDepth++;
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.add(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth > 0) {
                if (node instanceof Element) skipDepth--;
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("a")) linkDepth = Math.max(0, linkDepth - 1);
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!owners.isEmpty()) owners.remove(owners.size() - 1);
            }
        }

        void flush() {
            if (text.isEmpty() || owners.isEmpty()) {
                text.setLength(0);
                linkChars = 0;
                return;
            }
            Element owner = owners.get(owners.size() - 1);
            // Two line breaks in a row separate paragraphs inside one element.
            String all = text.toString();
            String[] parts = paragraphBreak(all) ? PARAGRAPH_BREAK.split(all) : new String[] {all};
            int links = linkChars;
            int total = 0;
            for (String p : parts) total += p.length();
            for (String p : parts) {
                String t = collapse(p);
                if (t.isEmpty() || t.equals("|")) continue;
                if (t.startsWith("| ")) t = t.substring(2);
                int share = total == 0 ? 0 : (int) Math.round((double) links * p.length() / total);
                Block b = new Block(owner, t, Math.min(share, t.length()), kindOf(owner));
                b.caption = inCaption(owner, captionCache);
                out.add(b);
            }
            text.setLength(0);
            linkChars = 0;
        }

        /** Inside a figcaption, a caption-named element, or a figure (whose short texts are captions). */
        private static boolean inCaption(Element e, Map<Element, Boolean> cache) {
            if (e == null || e.normalName().equals("body")) return false;
            Boolean known = cache.get(e);
            if (known != null) return known;
            boolean result;
            String tag = e.normalName();
            String names = e.className() + " " + e.id();
            if (tag.equals("figcaption") || tag.equals("caption") || names.length() > 1 && CAPTION.in(names)) {
                result = true;
            } else if (tag.equals("figure")) {
                result = e.text().length() < 400;
            } else {
                result = inCaption(e.parent(), cache);
            }
            cache.put(e, result);
            return result;
        }
    }

    /**
     * Blocks inside navigation, asides, footers and elements named like widgets (share, related,
     * comments, ads...) are not article text, unless that element holds most of the page's prose
     * (page builders wrap whole articles in "widget" and "sidebar-layout" containers).
     */
    private static void markNegative(List<Block> blocks, Map<Element, int[]> chars, int totalProse) {
        Map<Element, Boolean> cache = new IdentityHashMap<>();
        for (Block b : blocks) b.negative = negative(b.owner, chars, totalProse, cache);
    }

    private static boolean negative(Element e, Map<Element, int[]> chars, int totalProse, Map<Element, Boolean> cache) {
        List<Element> path = new ArrayList<>();
        Boolean result = null;
        for (Element x = e; x != null; x = x.parent()) {
            Boolean c = cache.get(x);
            if (c != null) {
                result = c;
                break;
            }
            path.add(x);
            if (x.normalName().equals("body") || x.normalName().equals("html")) {
                result = false;
                break;
            }
        }
        if (result == null) result = false;
        // Decide top-down so that every element on the path is cached.
        for (int i = path.size() - 1; i >= 0; i--) {
            Element x = path.get(i);
            if (!result) {
                int[] c = chars.get(x);
                int prose = c == null ? 0 : c[2];
                if (structural(x)) result = prose < Math.max(600, totalProse * 0.7) || x.selectFirst("h1, article") == null;
                else if (negativeName(x) || x.normalName().equals("form")) result = prose < Math.max(600, totalProse * 0.4);
            }
            cache.put(x, result);
        }
        return result;
    }

    /** Navigation, asides, footers: page structure that is never the article unless it holds nearly all of it. */
    private static boolean structural(Element e) {
        return STRUCTURAL_DROPS.contains(e.normalName()) || roleNegative(e);
    }

    private static boolean roleNegative(Element e) {
        String role = e.attr("role");
        return role.equals("navigation") || role.equals("contentinfo") || role.equals("complementary")
                || role.equals("search") || role.equals("menu") || role.equals("dialog");
    }

    /** A negative class or id, unless the element also looks like the article body. */
    private static boolean negativeName(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank() || !NEGATIVE.in(names)) return false;
        return !POSITIVE.in(names) || names.toLowerCase(Locale.ROOT).contains("comment");
    }

    private static boolean hidden(Element e) {
        // React's streaming renderer parks the server-rendered page in hidden "S:n" divs and moves it with a script.
        if (e.hasAttr("hidden")) return !e.id().startsWith("S:");
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static Kind kindOf(Element owner) {
        String tag = owner.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "summary", "legend" -> {
                return Kind.HEADING;
            }
            case "li", "dt", "dd" -> {
                return Kind.LIST_ITEM;
            }
            case "blockquote" -> {
                return Kind.QUOTE;
            }
            case "tr" -> {
                return Kind.ROW;
            }
            case "pre" -> {
                return Kind.PRE;
            }
            default -> {
                // A paragraph inside a block quote (up to the nearest div) is quoted text.
                for (Element x = owner.parent(); x != null && !x.normalName().equals("div")
                        && !x.normalName().equals("body"); x = x.parent()) {
                    if (x.normalName().equals("blockquote")) return Kind.QUOTE;
                }
                return Kind.PARAGRAPH;
            }
        }
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "section" -> 3;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = e.className() + " " + e.id();
        if (!names.isBlank()) {
            if (NEGATIVE.in(names)) s -= 25;
            if (POSITIVE.in(names)) s += 25;
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) s += 25;
        return s;
    }

    private static String format(Block b) {
        return switch (b.kind) {
            case LIST_ITEM -> "\u2022 " + b.text;
            default -> b.text;
        };
    }

    private static boolean within(Element e, Map<Element, Boolean> cache) {
        if (e == null) return false;
        Boolean known = cache.get(e);
        if (known != null) return known;
        boolean result = within(e.parent(), cache);
        cache.put(e, result);
        return result;
    }

    private static double linkDensityOf(Element e, int textLength) {
        if (textLength == 0) return 0;
        int links = 0;
        for (Element a : e.getElementsByTag("a")) links += a.text().length();
        return Math.min(1.0, (double) links / textLength);
    }

    static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /** Whether {@code PARAGRAPH_BREAK} occurs in the text, found without the pattern (most texts of a page have none). */
    static boolean paragraphBreak(String s) {
        boolean newline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (newline) return true;
                newline = true;
            } else if (!(c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r')) {
                newline = false;
            }
        }
        return false;
    }

    /** Whitespace runs (no-break spaces included) to one space, trimmed; without regular expressions. */
    /** The spaces {@code collapse} folds: Java's whitespace and the no-break spaces. */
    static boolean collapsible(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007';
    }

    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c > ' ' && c < 0x7F) && collapsible(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = s.charAt(i) == ' ';
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) n++;
        }
        return n;
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    static String key(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static void addOnce(List<String> list, String text) {
        if (!list.contains(text)) list.add(text);
    }

    private static void addBounded(List<String> list, String text) {
        if (list.size() < 400) list.add(text);
    }
}
