package io.pressroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlocksTest {
    private static final String ALPHABET = "aZ9.\" \t\n\r\u000B\f\u001C\u0001\u00A0\u2003\u2007\u202F\u200B\uFEFF\u3000éß€한";

    /** Collapse as first written: every character tested in full, a new string each time. */
    private static String reference(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
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
    void collapseWithItsShortcutsAnswersAsFirstWritten() {
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            int length = random.nextInt(12);
            StringBuilder sb = new StringBuilder();
            // Mostly plain words with single spaces, the case the shortcut returns unchanged.
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : (char) ('a' + random.nextInt(3)));
            }
            String s = sb.toString();
            assertThat(Blocks.collapse(s)).as("[%s]", s).isEqualTo(reference(s));
        }
        assertThat(Blocks.collapse("  two  words ")).isEqualTo("two words");
        assertThat(Blocks.collapse("two words")).isEqualTo("two words");
    }

    @Test
    void wordsWithTheirShortcutCountAsFirstWritten() {
        Random random = new Random(9);
        String alphabet = "aZ9 .,-\u00e9\u0660\u2014\u00a0";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            int expected = 0;
            for (String token : s.split(" ")) {
                if (token.codePoints().anyMatch(Character::isLetterOrDigit)) expected++;
            }
            assertThat(Blocks.words(s)).as("[%s]", s).isEqualTo(expected);
        }
    }
}
