package io.pressroom.text;

import io.pressroom.model.TextSpan;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets the article out of a flattened page: the text a crawler saved with the navigation, widgets,
 * captions and promotion blocks still in it.
 *
 * <p>How: the text is split into blocks (paragraph candidates) and each block is classified (page
 * furniture, caption, byline, time stamp, stray foreign-script line, prose...). Prose scores by its
 * length, furniture and short non-sentences score against. The body is the contiguous run of blocks
 * with the highest total score (the maximum-subarray form of Finn, Kushmerick and Smyth's Body Text
 * Extraction), which keeps short lines inside the story and drops the clutter around it. Inside the
 * body, furniture, captions and stamps are still taken out. Metadata comes from the blocks before
 * the body (headline, byline, stamp) and from the body's first and last paragraphs (dateline,
 * agency). Nothing here names a particular outlet.
 */
public final class TextCleaner {

    /**
     * FULL: the text is a whole page, find the article in it. LIGHT: the text is already the article
     * (a JSONL corpus): keep every paragraph, only read a leading byline/stamp, the dateline and a
     * sign-off.
     */
    public enum Mode { FULL, LIGHT }

    /** What the cleaner found. Paragraph spans are offsets into {@code body}. */
    public record Result(String headline, String body, List<TextSpan> paragraphs, List<String> captions,
                         List<String> boilerplate, String byline, Datelines.Dateline dateline, String agency,
                         Timestamps.Stamp stamp) {
        public boolean hasBody() {
            return !body.isEmpty();
        }
    }

    enum Kind { FOREIGN, BYLINE, STAMP, FURNITURE, CAPTION, PROSE, SENTENCE, OTHER }

    /** How many leading blocks LIGHT mode inspects for a byline or time stamp. */
    private static final int LIGHT_HEAD = 3;

    private static final Pattern SIGN_OFF_LINE = Pattern.compile("^[(\\[\\-\u2014\u2013 ]*([\\p{L} .-]{2,40}?)[)\\] .]*$");
    private static final Pattern TRAILING_AGENCY = Pattern.compile("\\(([\\p{L} .-]{2,40})\\)\\s*$");

    /** Prose words an article has before a comments heading may end it. */
    public static final int PROSE_BEFORE_COMMENTS = 100;

    /** The heading of a readers' comments section, matched against the whole lower-cased line. */
    static final Pattern COMMENTS_HEADING = Pattern.compile("[\\p{Punct}\\s]*(?:"
            + "\\d+ comments?|(?:show |view |read |see |load |load all |view all |show all |read all |see all |all )?(?:reader |user )?comments(?: \\(\\d+\\))?"
            + "|\\d+ (?:responses?|replies|thoughts?)|\\d+ (?:comments?|responses?|replies|thoughts?) (?:on|to) .*"
            + "|(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)(?: below| here| now| cancel reply)?"
            + "|comments? (?:filter|policy|are closed|section)"
            + "|join the (?:conversation|discussion)"
            + "|post load all comments"
            + "|the fine print: the following comments .*"
            + ")[\\p{Punct}\\s&&[^?]]*");    // "Comments?" asks readers for them: a question, not a heading

    private TextCleaner() { }

    public static Result clean(String text, Mode mode) {
        List<Blocks.Block> blocks = Blocks.split(normalizeNewlines(text));
        int n = blocks.size();
        UnicodeScript main = mode == Mode.FULL ? Scripts.dominant(text) : null;
        Map<String, Integer> seen = new HashMap<>();
        if (mode == Mode.FULL) {
            for (Blocks.Block b : blocks) seen.merge(b.text(), 1, Integer::sum);
        }

        Kind[] kinds = new Kind[n];
        int[] words = new int[n];
        String[] bylines = new String[n];
        Timestamps.Stamp[] stamps = new Timestamps.Stamp[n];
        // LIGHT mode only looks for a byline or stamp at the top: classifying every paragraph would be wasted.
        int classified = mode == Mode.LIGHT ? Math.min(n, LIGHT_HEAD) : n;
        for (int i = 0; i < n; i++) {
            String t = blocks.get(i).text();
            words[i] = Blocks.words(t);
            if (i >= classified) {
                kinds[i] = Kind.PROSE;
                continue;
            }
            bylines[i] = Bylines.parse(t, words[i]);
            stamps[i] = bylines[i] == null ? Timestamps.stampLine(t, words[i]) : null;
            kinds[i] = classify(t, words[i], main, bylines[i], stamps[i], seen.getOrDefault(t, 1) > 1);
        }

        int bodyStart;
        int bodyEnd; // exclusive
        if (mode == Mode.LIGHT) {
            bodyStart = 0;
            while (bodyStart < n && (kinds[bodyStart] == Kind.BYLINE || kinds[bodyStart] == Kind.STAMP)) bodyStart++;
            bodyEnd = n;
        } else {
            int[] range = bestRun(kinds, words, commentsStart(blocks, words));
            bodyStart = range[0];
            bodyEnd = range[1];
        }

        // Metadata from outside the body (and byline/stamp lines inside it, which are taken out).
        String byline = null;
        Timestamps.Stamp stamp = null;
        for (int i = 0; i < n; i++) {
            boolean nearBody = i < bodyEnd;
            if (bylines[i] != null && byline == null && nearBody) byline = bylines[i];
            if (stamps[i] != null && kinds[i] == Kind.STAMP && nearBody) {
                if (stamp == null || (stamp.updated() && !stamps[i].updated())) stamp = stamps[i];
            }
        }
        int headlineAt = mode == Mode.FULL ? findHeadline(blocks, kinds, words, bodyStart) : -1;

        List<String> paragraphs = new ArrayList<>();
        Set<String> captions = new LinkedHashSet<>();
        List<String> boilerplate = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String t = blocks.get(i).text();
            boolean inBody = i >= bodyStart && i < bodyEnd;
            if (mode == Mode.LIGHT) {
                if (inBody) paragraphs.add(t);
                else if (kinds[i] != Kind.BYLINE) boilerplate.add(t);
                continue;
            }
            switch (kinds[i]) {
                case CAPTION -> {
                    if (i < bodyEnd) captions.add(t);
                    else boilerplate.add(t);
                }
                case BYLINE -> {
                    if (!inBody && i >= bodyEnd) boilerplate.add(t);
                }
                case FURNITURE, FOREIGN, STAMP -> boilerplate.add(t);
                default -> {
                    if (inBody) paragraphs.add(t);
                    else if (i != headlineAt) boilerplate.add(t);
                }
            }
        }

        String agency = null;
        // A last paragraph that is only an agency name ("Reuter", "(AP)") is a sign-off, not text.
        if (!paragraphs.isEmpty()) {
            String last = paragraphs.get(paragraphs.size() - 1);
            Matcher m = SIGN_OFF_LINE.matcher(last);
            if (m.matches() && Agencies.canonical(m.group(1).strip()) != null) {
                agency = Agencies.canonical(m.group(1).strip());
                boilerplate.add(paragraphs.remove(paragraphs.size() - 1));
            }
        }
        // The dateline opens the story proper, which may follow a standfirst paragraph.
        Datelines.Dateline dateline = null;
        for (int i = 0; i < Math.min(2, paragraphs.size()) && dateline == null; i++) dateline = Datelines.parse(paragraphs.get(i));
        if (dateline != null && dateline.agency() != null) agency = dateline.agency();
        if (agency == null && !paragraphs.isEmpty()) {
            Matcher m = TRAILING_AGENCY.matcher(paragraphs.get(paragraphs.size() - 1));
            if (m.find()) agency = Agencies.canonical(m.group(1).strip());
        }

        StringBuilder body = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (body.length() > 0) body.append("\n\n");
            spans.add(new TextSpan(body.length(), body.length() + p.length()));
            body.append(p);
        }
        String headline = headlineAt >= 0 ? blocks.get(headlineAt).text() : null;
        return new Result(headline, body.toString(), spans, List.copyOf(captions), boilerplate, byline, dateline,
                agency, stamp);
    }

    static Kind classify(String t, int words, UnicodeScript main, String byline, Timestamps.Stamp stamp,
                         boolean duplicated) {
        if (Scripts.isForeign(t, main)) return Kind.FOREIGN;
        if (byline != null) return Kind.BYLINE;
        if (stamp != null) return Kind.STAMP;
        if (PageFurniture.isFurniture(t, words)) return Kind.FURNITURE;
        if (Captions.isCaption(t, words, duplicated)) return Kind.CAPTION;
        boolean terminal = endsSentence(t);
        if (words >= 25 && !terminal && isWordList(t)) return Kind.OTHER;
        if (words >= 8 && terminal || words >= 25) return Kind.PROSE;
        if (words >= 3 && terminal && startsSentence(t)) return Kind.SENTENCE;
        return Kind.OTHER;
    }

    /**
     * A long line that is a flattened menu or drop-down ("Select Language English Afrikaans Albanian …",
     * "Country * Afghanistan Albania …"): no sentence ends in it and nearly every word is capitalised.
     * Prose, even a headline-heavy paragraph, has lower-case words and full stops.
     */
    static boolean isWordList(String t) {
        int words = 0;
        int capitalised = 0;
        boolean atWordStart = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                atWordStart = true;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < t.length() && t.charAt(i + 1) == ' ' && i > 0
                    && Character.isLowerCase(t.charAt(i - 1))) {
                return false;    // a sentence ends inside the line
            }
            if (atWordStart && Character.isLetter(c)) {
                words++;
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) capitalised++;
            }
            atWordStart = false;
        }
        return words >= 20 && capitalised * 10 >= words * 8;
    }

    private static int weight(Kind kind, int words) {
        return switch (kind) {
            case PROSE -> words;
            case SENTENCE -> Math.max(1, words / 2);
            case CAPTION -> 0;
            case STAMP, BYLINE -> -2;
            case OTHER -> -3;
            case FOREIGN -> -5;
            case FURNITURE -> -10;
        };
    }

    /**
     * Where readers' comments begin: the first heading of a comments section ("12 Comments", "Leave a
     * reply", "Load All Comments") after at least {@value #PROSE_BEFORE_COMMENTS} words of prose, or the
     * number of blocks when there is none. Comments are prose and would otherwise join the best run.
     */
    private static int commentsStart(List<Blocks.Block> blocks, int[] words) {
        int prose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (words[i] >= 8) prose += words[i];
            if (prose >= PROSE_BEFORE_COMMENTS && isCommentsHeading(blocks.get(i).text())) return i;
        }
        return blocks.size();
    }

    /** Whether a line is the heading of a readers' comments section ("12 Comments", "Leave a Reply"). */
    public static boolean isCommentsHeading(String line) {
        return line.length() <= 200 && Blocks.words(line) <= 20
                && COMMENTS_HEADING.matcher(line.toLowerCase(Locale.ROOT)).matches();
    }

    /** The [start, end) run of blocks before {@code limit} with the highest total weight (Kadane's algorithm). */
    private static int[] bestRun(Kind[] kinds, int[] words, int limit) {
        int bestStart = 0;
        int bestEnd = 0;
        long best = 0;
        long sum = 0;
        int start = 0;
        for (int i = 0; i < limit; i++) {
            int w = weight(kinds[i], words[i]);
            if (sum <= 0) {
                // A run never starts on a neutral caption: it starts on the first scoring paragraph.
                if (w <= 0) continue;
                sum = 0;
                start = i;
            }
            sum += w;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    /** The nearest title-like block above the body, skipping widgets, captions, bylines and stamps. */
    private static int findHeadline(List<Blocks.Block> blocks, Kind[] kinds, int[] words, int bodyStart) {
        int looked = 0;
        for (int i = bodyStart - 1; i >= 0 && looked < 8; i--) {
            Kind k = kinds[i];
            if (k == Kind.FURNITURE || k == Kind.CAPTION || k == Kind.BYLINE || k == Kind.STAMP || k == Kind.FOREIGN) continue;
            looked++;
            String t = blocks.get(i).text();
            if (words[i] >= 3 && words[i] <= 40 && t.length() <= 300 && letterShare(t) >= 0.6 && !t.endsWith(".")) {
                return i;
            }
        }
        return -1;
    }

    private static double letterShare(String t) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') continue;
            visible++;
            if (Character.isLetter(c)) letters++;
        }
        return visible == 0 ? 0 : (double) letters / visible;
    }

    static boolean endsSentence(String t) {
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?\"'\u201D\u2019)\u2026".indexOf(last) >= 0;
    }

    private static boolean startsSentence(String t) {
        int cp = t.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || "\"'\u201C\u2018(".indexOf(cp) >= 0
                || Character.isLetter(cp) && !Character.isLowerCase(cp);
    }

    static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
