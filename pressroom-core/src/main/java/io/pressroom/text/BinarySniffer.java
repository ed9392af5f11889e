package io.pressroom.text;

/**
 * Tells text from binary content by its first bytes: well-known file signatures first (so the error
 * can say "PNG image" rather than "binary"), then the share of control characters.
 */
public final class BinarySniffer {
    private static final int SAMPLE = 8192;

    private record Signature(String name, int[] magic) { }

    private static final Signature[] SIGNATURES = {
            new Signature("PNG image", new int[] {0x89, 'P', 'N', 'G'}),
            new Signature("JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
            new Signature("GIF image", new int[] {'G', 'I', 'F', '8'}),
            new Signature("WebP/RIFF media", new int[] {'R', 'I', 'F', 'F'}),
            new Signature("PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
            new Signature("ZIP archive (or Office document)", new int[] {'P', 'K', 3, 4}),
            new Signature("gzip data", new int[] {0x1F, 0x8B}),
            new Signature("bzip2 data", new int[] {'B', 'Z', 'h'}),
            new Signature("xz data", new int[] {0xFD, '7', 'z', 'X', 'Z', 0}),
            new Signature("7-Zip archive", new int[] {'7', 'z', 0xBC, 0xAF}),
            new Signature("ELF executable", new int[] {0x7F, 'E', 'L', 'F'}),
            new Signature("Java class file", new int[] {0xCA, 0xFE, 0xBA, 0xBE}),
            new Signature("Ogg media", new int[] {'O', 'g', 'g', 'S'}),
            new Signature("MP3 audio", new int[] {'I', 'D', '3'}),
            new Signature("SQLite database", new int[] {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'}),
    };

    private BinarySniffer() { }

    /** Returns a description of the binary format, or null when the bytes look like text. */
    public static String binaryKind(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (startsWith(bytes, s.magic())) return s.name();
        }
        if (Bom.of(bytes) != null || looksLikeUtf16(bytes) != null) return null;
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return "binary data (contains NUL bytes)";
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) control++;
        }
        if (n > 0 && control * 10 > n) return "binary data (" + (100 * control / n) + "% control characters)";
        return null;
    }

    /**
     * UTF-16 without a byte-order mark shows up as every other byte being zero (for Latin text).
     * Returns "UTF-16LE", "UTF-16BE" or null.
     */
    static String looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~1;
        if (n < 4) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 7 && evenZero * 10 < pairs) return "UTF-16LE";
        if (evenZero * 10 >= pairs * 7 && oddZero * 10 < pairs) return "UTF-16BE";
        return null;
    }

    private static boolean startsWith(byte[] bytes, int[] magic) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }

    /** Byte-order marks. */
    enum Bom {
        UTF8("UTF-8", 3), UTF16BE("UTF-16BE", 2), UTF16LE("UTF-16LE", 2);

        final String charset;
        final int length;

        Bom(String charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return UTF8;
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return UTF16BE;
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return UTF16LE;
            return null;
        }
    }
}
