package io.pressroom.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids: the first 64 bits of a SHA-256 over the document's text with whitespace runs collapsed,
 * as 16 hex digits. The same content gets the same id whatever file, line ending or indentation it
 * came with, so re-ingesting it adds nothing. 64 bits keep the chance of a collision below one in a
 * million up to about six million articles per index (birthday bound).
 */
public final class ContentId {
    private ContentId() { }

    public static String of(String title, String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        if (title != null) {
            sha.update(collapse(title).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        sha.update(collapse(text).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
