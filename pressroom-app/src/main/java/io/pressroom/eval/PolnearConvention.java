package io.pressroom.eval;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts Pressroom's quotations to PolNeAR's span conventions for scoring. Pressroom gives the words
 * said (inside the quotation marks, without the complementiser "that") and one quotation per quoted
 * passage; PolNeAR's content spans include the marks and "that", and one attribution holds all the
 * passages of a split quote ("A," he said. "B.") and both halves around a parenthetical attribution
 * ("A, he said, B"). Nothing here changes what Pressroom extracts.
 */
public final class PolnearConvention {
    private PolnearConvention() { }

    /** Quotations that share one cue occurrence form one attribution. */
    public static List<List<Quote>> group(List<Quote> quotes) {
        Map<String, List<Quote>> groups = new LinkedHashMap<>();
        int n = 0;
        for (Quote q : quotes) {
            String key = q.cue() == null ? "solo" + n++ : q.cue().start() + ":" + q.cue().end();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        return new ArrayList<>(groups.values());
    }

    public static List<int[]> contentSpans(Article a, List<Quote> group) {
        List<int[]> out = new ArrayList<>();
        for (Quote q : group) {
            TextSpan c = q.content();
            TextSpan sp = q.speakerMention();
            // (With no speaker, the cue alone: "Trump is expected to speak" is "Trump" and "to speak" around "is expected".)
            int from = q.cue() == null ? -1 : sp == null ? q.cue().start() : Math.min(sp.start(), q.cue().start());
            int to = q.cue() == null ? -1 : sp == null ? q.cue().end() : Math.max(sp.end(), q.cue().end());
            if (from > c.start() && to < c.end()) {
                // "A, he said, B", "A, according to X, B": the attribution inside the content splits it in two.
                out.add(widen(a.body(), trimEnd(a.body(), c.start(), from)));
                out.add(widen(a.body(), trimStart(a.body(), to, c.end())));
            } else {
                out.add(widen(a.body(), new int[] {c.start(), c.end()}));
            }
        }
        out.sort((x, y) -> Integer.compare(x[0], y[0]));
        return out;
    }

    /** Takes in enclosing quotation marks and a preceding "that". */
    static int[] widen(String body, int[] span) {
        int s = span[0];
        int e = span[1];
        int w = markBefore(body, s);
        if (w > 0) s -= w;
        w = markAt(body, e);
        if (w > 0) e += w;
        int k = s;
        while (k > 0 && body.charAt(k - 1) == ' ') k--;
        if (k >= 4 && body.regionMatches(true, k - 4, "that", 0, 4) && (k == 4 || !Character.isLetter(body.charAt(k - 5)))) s = k - 4;
        return new int[] {s, e};
    }

    private static int markBefore(String body, int pos) {
        if (pos >= 2 && (body.startsWith("''", pos - 2) || body.startsWith("``", pos - 2))) return 2;
        if (pos >= 1 && "\"\u201C\u201D\u201E".indexOf(body.charAt(pos - 1)) >= 0) return 1;
        return 0;
    }

    private static int markAt(String body, int pos) {
        if (pos + 2 <= body.length() && body.startsWith("''", pos)) return 2;
        if (pos < body.length() && "\"\u201C\u201D\u201E".indexOf(body.charAt(pos)) >= 0) return 1;
        return 0;
    }

    private static int[] trimEnd(String body, int s, int e) {
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) e--;
        return new int[] {s, e};
    }

    private static int[] trimStart(String body, int s, int e) {
        while (s < e && (Character.isWhitespace(body.charAt(s)) || body.charAt(s) == ',')) s++;
        return new int[] {s, e};
    }
}
