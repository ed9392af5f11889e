package io.pressroom.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8 encoded twice before it reached us: a page whose CMS read UTF-8 bytes as
 * Latin-1 or windows-1252 and wrote them out again as UTF-8, so that "’" shows as "â€™" (or as "â" and
 * two invisible C1 controls). The page decodes cleanly, so only the characters tell. Written by hand:
 * the well-known repairer (ftfy) is Python, and we know of no maintained Java library that does this.
 *
 * <p>Conservative by design: a run is replaced only when its characters, mapped back to the bytes they
 * came from, form exactly one well-formed UTF-8 character, and one of those bytes lies in 0x80–0x9F —
 * a C1 control or a windows-1252 punctuation mark after a Latin-1 letter, which real text does not
 * contain — or it is "Â" before a no-break space. "Ã©" (é twice encoded) is left alone: those two
 * characters may be meant.
 */
public final class Mojibake {
    private Mojibake() { }

    /** The repaired text and how many characters were repaired. */
    public record Repaired(String text, int count) { }

    /** windows-1252's characters for bytes 0x80–0x9F (U+FFFD where it defines none). */
    private static final String CP1252_HIGH = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

    public static Repaired repair(String text) {
        StringBuilder out = null;
        int count = 0;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char lead = text.charAt(i);
            if (lead < 0xC2 || lead > 0xF4) continue;
            int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (i + length > n) continue;
            byte[] bytes = new byte[length];
            bytes[0] = (byte) lead;
            boolean low = false;
            boolean ok = true;
            for (int k = 1; k < length && ok; k++) {
                int b = byteOf(text.charAt(i + k));
                if (b < 0x80 || b > 0xBF) ok = false;
                else {
                    bytes[k] = (byte) b;
                    if (b <= 0x9F) low = true;
                }
            }
            // "Â" before a no-break space is the no-break space encoded twice (the commonest case of all).
            if (!ok || !low && !(length == 2 && lead == 0xC2 && text.charAt(i + 1) == 0xA0)) continue;
            String decoded = utf8(bytes);
            if (decoded == null) continue;
            if (out == null) out = new StringBuilder(n);
            out.append(text, copied, i).append(decoded);
            copied = i + length;
            count++;
            i += length - 1;
        }
        if (out == null) return new Repaired(text, 0);
        out.append(text, copied, n);
        return new Repaired(out.toString(), count);
    }

    /** The byte a character stands for when UTF-8 was read as Latin-1 or windows-1252, or -1. */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) return c;
        int k = CP1252_HIGH.indexOf(c);
        return k >= 0 && c != '\uFFFD' ? 0x80 + k : -1;
    }

    private static String utf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePointCount(0, s.length()) == 1 ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
