package io.pressroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    /** The plain reading of page-furniture.txt: one alternation of every line, sought anywhere in the stripped line. */
    private static final Pattern ALL_PHRASES = Pattern.compile(String.join("|",
            Resources.lines(PageFurniture.class, "page-furniture.txt").stream().map(p -> "(?:" + p + ")").toList()));
    private static final Pattern LEADING = Pattern.compile("^[\\s•·▪▫►▶◆◇■□●○※*>\\-–—|]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s•·▪►▶|:>»›]+$");

    private static boolean plainReading(String line, int words) {
        if (words > PageFurniture.MAX_WORDS) return false;
        String core = TRAILING.matcher(LEADING.matcher(line).replaceFirst("")).replaceFirst("");
        return core.isEmpty() || ALL_PHRASES.matcher(core.toLowerCase(Locale.ROOT)).find();
    }

    @Test
    void groupedMatchingAnswersAsOneAlternationOfAllPhrasesWould() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "• Facebook share button", "Back To Top", "Top 10 Stories", "Subscribe to our newsletter",
                "Unsubscribe", "nocookies here", "Cookies", "Cookie policy", "© 2024 The Paper", "Copyright 2024",
                "Share on X", "Share", "shared values", "Editors' Picks", "editor's pick", "Sign in", "Design in",
                "Log out", "Catalog in stock", "Letters to the editor", "A letter", "Newsletter", "Print this article",
                "Go top", "Ergo top", "Font-size", "Font size", "A+", "AA-", "Trending now", "Trending now here",
                "Recommended for you", "More stories from Seoul", "You might also like", "Listen to this story",
                "Follow us on Twitter", "Watch video", "3 min read", "12 comments", "Comments (4)", "",
                "  •  ", "Home »", "— Related stories", "Skip to main content", "About us | Contact us",
                "North Korea fires missile", "Park meets Blinken", "Kirby said on Tuesday", "Ad Choices",
                "Most read", "Latest headlines", "Was this article helpful?", "Terms of service", "Privacy Policy",
                "Site map", "Sitemap", "Zoom in", "Scroll to top", "Jump to navigation", "Thanks for your feedback"));
        Path samples = Path.of("..", "samples");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path f : files.toList()) lines.addAll(Files.readAllLines(f));
            }
        }
        int furniture = 0;
        for (String line : lines) {
            int words = line.isBlank() ? 0 : line.strip().split("\\s+").length;
            boolean expected = plainReading(line, words);
            assertThat(PageFurniture.isFurniture(line, words)).as(line).isEqualTo(expected);
            if (expected) furniture++;
        }
        assertThat(furniture).as("lines that are furniture").isGreaterThan(40);
    }

    @Test
    void phrasesSplitAtTopLevelBarsOnly() {
        assertThat(PageFurniture.alternatives("a|(b|c)d|[|x]|\\|e|^f$"))
                .containsExactly("a", "(b|c)d", "[|x]", "\\|e", "^f$");
    }

    @Test
    void aPhraseIsFiledUnderItsFirstCharacterOnlyWhenThatCharacterIsCertain() {
        assertThat(PageFurniture.firstCharacter("\\bgo top\\b")).isEqualTo('g');
        assertThat(PageFurniture.firstCharacter("©")).isEqualTo('©');
        assertThat(PageFurniture.firstCharacter("cookies?\\b")).isEqualTo('c');
        assertThat(PageFurniture.firstCharacter("a?b")).isNull();
        assertThat(PageFurniture.firstCharacter("(x|y)z")).isNull();
        assertThat(PageFurniture.firstCharacter("\\d+ comments")).isNull();
        assertThat(PageFurniture.firstCharacter("[ab]c")).isNull();
    }
}
