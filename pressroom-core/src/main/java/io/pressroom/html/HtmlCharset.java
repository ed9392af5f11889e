package io.pressroom.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in its markup ({@code <meta charset>} or the http-equiv Content-Type),
 * read from the first bytes as the HTML5 prescan does. The declaration is only a claim:
 * {@code TextDecoder} checks it against the bytes.
 */
public final class HtmlCharset {
    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() { }

    /** The declared charset name, or null when the page declares none. */
    public static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // HTML5: a page that claims UTF-16 in ASCII-compatible bytes is really UTF-8.
        return name.startsWith("utf-16") ? "utf-8" : name;
    }
}
