package io.pressroom.html;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A plain HTML-to-text conversion, as crawlers that save "the text of the page" do (lynx -dump,
 * html2text): every visible text of the body, block elements on their own lines, nothing removed.
 * This is what the text-dump cleaner is measured on.
 */
public final class HtmlText {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "svg");

    private HtmlText() { }

    public static String dump(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder(html.length() / 4);
        NodeTraversor.traverse(new NodeVisitor() {
            int skip;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skip > 0 || INVISIBLE.contains(e.normalName())) {
                        skip++;
                        return;
                    }
                    if (e.normalName().equals("br") || MainContent.BLOCK_TAGS.contains(e.normalName())) newline(out);
                } else if (skip == 0 && node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') out.append(' ');
                        out.append(s.strip());
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skip > 0) {
                        skip--;
                        return;
                    }
                    if (MainContent.BLOCK_TAGS.contains(e.normalName())) newline(out);
                }
            }
        }, body);
        return out.toString().strip() + "\n";
    }

    private static void newline(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
