package io.pressroom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming id is the id as first defined (collapse, UTF-8, SHA-256), so existing indexes keep their ids. */
class ContentIdTest {
    private static final String ALPHABET = "aZ9 \t\n\r\u000B\f\u001C\u001F\u00A0\uFEFF\u2003\u2007\u202F\u3000\u0085éß€한\uD83D\uDE00\uD800\uDC00\uDFFF\uD83D.\"'";

    @Test
    void streamingDigestEqualsTheReferenceOnAnyText() {
        Random random = new Random(42);
        for (int k = 0; k < 3000; k++) {
            int length = random.nextInt(k < 2900 ? 40 : 30000);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String text = sb.toString();
            String title = random.nextBoolean() ? null : text.substring(0, Math.min(text.length(), 12));
            assertThat(ContentId.of(title, text)).as("text %s", text.length() < 50 ? text : text.length()).isEqualTo(ContentId.reference(title, text));
        }
    }

    @Test
    void whitespaceAndLineEndingsDoNotChangeTheId() {
        assertThat(ContentId.of("A  title", "One two\r\n\r\nthree  ")).isEqualTo(ContentId.of("A title", "  One two\n\nthree"))
                .hasSize(16).matches("[0-9a-f]{16}");
        assertThat(ContentId.of(null, "One two three")).isNotEqualTo(ContentId.of(null, "One two three four"));
    }
}
