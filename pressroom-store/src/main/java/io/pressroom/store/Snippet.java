package io.pressroom.store;

import java.util.List;

/**
 * A passage of an article with the matched words marked as character ranges into {@code text}, so
 * each consumer renders it safely in its own way (terminal bold, escaped HTML with mark tags).
 */
public record Snippet(String text, List<Range> highlights, boolean startsMidText, boolean endsMidText) {

    public record Range(int start, int end) { }

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** Renders with the given markers around matches, e.g. ANSI bold or "[" and "]". */
    public String render(String before, String after) {
        StringBuilder sb = new StringBuilder(text.length() + highlights.size() * 8 + 6);
        if (startsMidText) sb.append("…");
        int at = 0;
        for (Range r : highlights) {
            sb.append(text, at, r.start()).append(before).append(text, r.start(), r.end()).append(after);
            at = r.end();
        }
        sb.append(text, at, text.length());
        if (endsMidText) sb.append("…");
        return sb.toString();
    }

    /** HTML with every character of article text escaped and matches in {@code <mark>}. */
    public String html() {
        StringBuilder sb = new StringBuilder(text.length() + 32);
        if (startsMidText) sb.append("…");
        int at = 0;
        for (Range r : highlights) {
            escape(sb, text, at, r.start());
            sb.append("<mark>");
            escape(sb, text, r.start(), r.end());
            sb.append("</mark>");
            at = r.end();
        }
        escape(sb, text, at, text.length());
        if (endsMidText) sb.append("…");
        return sb.toString();
    }

    static void escape(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }
}
