package io.pressroom.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text without ever producing mojibake silently. Order of trust: a byte-order mark,
 * a declared charset that decodes cleanly, strict UTF-8 (by far the most common, and self-validating),
 * then a statistical guess (juniversalchardet, a port of Mozilla's detector), then windows-1252 as a
 * last resort. Every choice other than a BOM, a clean declaration or clean UTF-8 is reported as a
 * warning so that a user can see which documents were guessed.
 */
public final class TextDecoder {

    /** The text and how it was obtained. {@code warning} is null when nothing was guessed. */
    public record Decoded(String text, Charset charset, String warning) { }

    private TextDecoder() { }

    public static Decoded decode(byte[] bytes, String declaredCharset) throws UndecodableException {
        Decoded d = decodeBytes(bytes, declaredCharset);
        Mojibake.Repaired r = Mojibake.repair(d.text());
        if (r.count() == 0) return d;
        return new Decoded(r.text(), d.charset(), join(d.warning(), "text was UTF-8 encoded twice (\"â€™\" for \"’\"); "
                + r.count() + " characters repaired"));
    }

    private static Decoded decodeBytes(byte[] bytes, String declaredCharset) throws UndecodableException {
        String binary = BinarySniffer.binaryKind(bytes);
        if (binary != null) throw new UndecodableException("not text: " + binary);

        BinarySniffer.Bom bom = BinarySniffer.Bom.of(bytes);
        if (bom != null) {
            Charset cs = Charset.forName(bom.charset);
            String text = strict(bytes, bom.length, cs);
            if (text != null) return new Decoded(text, cs, null);
            return new Decoded(lenient(bytes, bom.length, cs), cs,
                    "byte-order mark says " + cs.name() + " but some bytes are invalid; replaced with U+FFFD");
        }
        String declaredProblem = null;
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset cs = charsetOrNull(declaredCharset);
            if (cs == null) {
                declaredProblem = "declared charset '" + declaredCharset + "' is unknown";
            } else {
                // A page declared as a single-byte charset whose non-ASCII bytes form valid UTF-8 is UTF-8
                // (a template's stale declaration): decoding it as declared would be silent mojibake.
                if (!cs.equals(StandardCharsets.UTF_8) && !cs.name().startsWith("UTF-16") && hasMultibyteUtf8(bytes)) {
                    String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
                    if (utf8 != null) {
                        return new Decoded(utf8, StandardCharsets.UTF_8,
                                "declared charset " + cs.name() + " does not fit the bytes, which are UTF-8; read as UTF-8");
                    }
                }
                String text = strict(bytes, 0, cs);
                if (text != null) return new Decoded(text, cs, null);
                declaredProblem = "declared charset " + cs.name() + " does not fit the bytes";
            }
        }
        String utf16 = BinarySniffer.looksLikeUtf16(bytes);
        if (utf16 != null) {
            Charset cs = Charset.forName(utf16);
            String text = strict(bytes, 0, cs);
            if (text != null) return new Decoded(text, cs, join(declaredProblem, "no byte-order mark; read as " + utf16));
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, declaredProblem);

        Charset guessed = detect(bytes);
        if (guessed != null && !guessed.equals(StandardCharsets.UTF_8)) {
            String text = strict(bytes, 0, guessed);
            if (text != null) {
                return new Decoded(text, guessed, join(declaredProblem, "not UTF-8; detected " + guessed.name()));
            }
        }
        Charset cp1252 = Charset.forName("windows-1252");
        String text = strict(bytes, 0, cp1252);
        if (text != null) {
            return new Decoded(text, cp1252, join(declaredProblem, "not UTF-8 and no confident guess; read as windows-1252"));
        }
        return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                join(declaredProblem, "invalid UTF-8 and no charset fits; bad bytes replaced with U+FFFD"));
    }

    /** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
    private static boolean hasMultibyteUtf8(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0xc2 && b <= 0xf4 && (bytes[i + 1] & 0xc0) == 0x80) return true;
        }
        return false;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : charsetOrNull(name);
    }

    private static Charset charsetOrNull(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset cs) {
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
