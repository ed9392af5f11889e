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
                "has-ad", "AD_CONTAINER", "upload-ads");
        int found = 0;
        for (int round = 0; round < 2; round++) {    // the second round answers from memory
            for (String n : names) {
                boolean expected = plain.matcher(n).find();
                assertThat(words.in(n)).as(n).isEqualTo(expected);
                if (expected) found++;
            }
        }
        assertThat(found).isEqualTo(2 * 15);
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
}
