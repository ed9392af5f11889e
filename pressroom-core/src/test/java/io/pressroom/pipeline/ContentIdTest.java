package io.pressroom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming id is the id as first defined (collapse, UTF-8, SHA-256), so existing indexes keep their ids. */
class ContentIdTest {
    private static final String ALPHABET = "aZ9 \t\n\r\u000B\f\u001C\u001F\u00A0\uFEFF\u2003\u2007\u202F\u3000\u0085éß€한\uD83D\uDE00\uD800\uDC00\uDFFF\uD83D.\"'";

    /** The id as first defined: collapse whitespace runs to one space and trim, encode as UTF-8, SHA-256, 16 hex digits. */
    private static String reference(String title, String text) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
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

    @Test
    void streamingDigestEqualsTheReferenceOnAnyText() throws Exception {
        Random random = new Random(42);
        for (int k = 0; k < 3000; k++) {
            int length = random.nextInt(k < 2900 ? 40 : 30000);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String text = sb.toString();
            String title = random.nextBoolean() ? null : text.substring(0, Math.min(text.length(), 12));
            assertThat(ContentId.of(title, text)).as("text %s", text.length() < 50 ? text : text.length()).isEqualTo(reference(title, text));
        }
    }

    @Test
    void aSurrogatePairAcrossTheReadingChunksIsOneCharacter() throws Exception {
        // The digest reads the text in chunks of 4,096 characters; a pair at any place around a boundary.
        for (int at = 4090; at < 4100; at++) {
            for (String pair : new String[] {"\uD83D\uDE00", "\uD83D", "\uDE00", "\uD83D \uDE00"}) {
                String text = "a".repeat(at) + pair + "b".repeat(5000);
                assertThat(ContentId.of(null, text)).as("pair at %d", at).isEqualTo(reference(null, text));
            }
        }
    }

    @Test
    void whitespaceAndLineEndingsDoNotChangeTheId() {
        assertThat(ContentId.of("A  title", "One two\r\n\r\nthree  ")).isEqualTo(ContentId.of("A title", "  One two\n\nthree"))
                .hasSize(16).matches("[0-9a-f]{16}");
        assertThat(ContentId.of(null, "One two three")).isNotEqualTo(ContentId.of(null, "One two three four"));
    }
}
