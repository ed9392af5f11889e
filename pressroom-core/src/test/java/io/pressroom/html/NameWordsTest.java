package io.pressroom.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameWordsTest {
    private static final String WORDS = "comments?|share|ad-slot|ads?|nav|sidebar";

    @Test
    void aWordCountsOnlyBetweenSeparatorsAndAnswersAsTheUnanchoredPatternWould() {
        NameWords words = new NameWords(WORDS);
        Pattern plain = Pattern.compile("(?:^|[-_\\s])(?:" + WORDS + ")(?:[-_\\s]|$)", Pattern.CASE_INSENSITIVE);
        List<String> names = List.of("comments", "article-comments", "comment_list", "no-comments-here", "commentary",
                "Share", "sharebar", "social-share", "wp-block-ad-slot", "ad", "ads-top", "head", "loads",
                "sub-nav", "navbar", "canvas", "main sidebar", "sidebar2", "x\tnav", "", " ", "post-content entry",
                "has-ad", "AD_CONTAINER", "upload-ads", "  comments  ", "x y\nads", "post-1234 entry", "post-1234 share-tools");
        int found = 0;
        for (int round = 0; round < 2; round++) {
            for (String n : names) {
                boolean expected = plain.matcher(n).find();
                assertThat(words.in(n)).as(n).isEqualTo(expected);
                if (expected) found++;
            }
        }
        assertThat(found).isEqualTo(2 * 18);
    }

    @Test
    void aPostsCategoryAndTagClassesNameItsTopicsNotTheElement() {
        NameWords captions = new NameWords("caption|credits?");
        assertThat(captions.in("post hentry category-deductions-and-credits tag-2025-taxes")).isFalse();
        assertThat(captions.in("post category-news wp-caption")).isTrue();
        assertThat(captions.in("photo-credit")).isTrue();
        NameWords widgets = new NameWords("social|tag-list|share");
        assertThat(widgets.in("entry tag-social-media")).isFalse();
        assertThat(widgets.in("tag-list")).isTrue();
        assertThat(widgets.in("category-x share-bar")).isTrue();
    }

    @Test
    void anyNameAnswersAsThePattern() {
        NameWords words = new NameWords(WORDS);
        Pattern plain = Pattern.compile("(?:^|[-_\\s])(?:" + WORDS + ")(?:[-_\\s]|$)", Pattern.CASE_INSENSITIVE);
        String[] parts = {"comment", "comments", "Share", "AD", "ad", "ads", "slot", "nav", "sidebar", "x", "12", "é", "ſhare", "K"};
        String[] joins = {"-", "_", " ", "", "\t", "--"};
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder name = new StringBuilder();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0 || random.nextInt(5) == 0) name.append(joins[random.nextInt(joins.length)]);
                name.append(parts[random.nextInt(parts.length)]);
            }
            String s = name.toString();
            if (s.toLowerCase().startsWith("tag-") || s.toLowerCase().startsWith("category-")) continue;
            assertThat(words.in(s)).as("[%s]", s).isEqualTo(plain.matcher(s).find());
        }
    }

    @Test
    void aWordListMustBePlainWords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NameWords("share|ad.*"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
