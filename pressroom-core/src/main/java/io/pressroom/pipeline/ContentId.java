package io.pressroom.pipeline;

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
    private static final int CHUNK = 4096;

    private ContentId() { }

    public static String of(String title, String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        byte[] buffer = new byte[4 * CHUNK + 16];
        if (title != null) {
            digestCollapsed(sha, title, buffer);
            sha.update((byte) '\n');
        }
        digestCollapsed(sha, text, buffer);
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /**
     * Feeds the digest the UTF-8 bytes of {@code s} with whitespace runs collapsed to one space and trimmed,
     * exactly as {@code collapse(s).getBytes(UTF_8)} would (an unpaired surrogate becomes '?'), without
     * building either: ids are taken of whole pages, and copying them twice cost a quarter of the HTML stage.
     * The text is read in chunks copied to a char array: {@code charAt} over a whole page (its bounds and
     * coder checks on every character) had been as costly as parsing the page.
     */
    private static void digestCollapsed(MessageDigest sha, String s, byte[] buf) {
        char[] chars = new char[CHUNK + 1];
        int n = 0;
        boolean space = false, started = false;
        int length = s.length();
        for (int from = 0; from < length; ) {
            int to = Math.min(length, from + CHUNK);
            // A surrogate pair is never split between two chunks.
            if (to < length && Character.isHighSurrogate(s.charAt(to - 1))) to++;
            int count = to - from;
            s.getChars(from, to, chars, 0);
            from = to;
            for (int i = 0; i < count; i++) {
                char c = chars[i];
                if (c > ' ' && c < 0x7F) {
                    // The common case, a run of visible ASCII characters, copied in a tight loop.
                    if (n > buf.length - CHUNK - 8) {
                        sha.update(buf, 0, n);
                        n = 0;
                    }
                    if (space) buf[n++] = ' ';
                    space = false;
                    started = true;
                    buf[n++] = (byte) c;
                    // A single space between visible characters stays as it is, and the run goes on over it.
                    while (i + 1 < count) {
                        c = chars[i + 1];
                        if (c > ' ' && c < 0x7F) {
                            buf[n++] = (byte) c;
                            i++;
                        } else if (c == ' ' && i + 2 < count && chars[i + 2] > ' ' && chars[i + 2] < 0x7F) {
                            buf[n++] = ' ';
                            buf[n++] = (byte) chars[i + 2];
                            i += 2;
                        } else {
                            break;
                        }
                    }
                    continue;
                }
                if (c == ' ' || c == '\u00A0' || c == '\uFEFF' || c <= '\r' && c >= '\t' || c > 127 && Character.isWhitespace(c)
                        || c >= '\u001C' && c <= '\u001F') {
                    space = started;
                    continue;
                }
                if (n > buf.length - 8) {
                    sha.update(buf, 0, n);
                    n = 0;
                }
                if (space) buf[n++] = ' ';
                space = false;
                started = true;
                if (c < 0x80) {
                    buf[n++] = (byte) c;
                } else if (c < 0x800) {
                    buf[n++] = (byte) (0xC0 | c >> 6);
                    buf[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(chars[i + 1])) {
                        int cp = Character.toCodePoint(c, chars[++i]);
                        buf[n++] = (byte) (0xF0 | cp >> 18);
                        buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        buf[n++] = (byte) (0x80 | cp & 0x3F);
                    } else {
                        buf[n++] = '?';
                    }
                } else {
                    buf[n++] = (byte) (0xE0 | c >> 12);
                    buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }
        sha.update(buf, 0, n);
    }
}
