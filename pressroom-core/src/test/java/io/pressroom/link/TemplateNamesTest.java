package io.pressroom.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Template notices about someone else, and price tables re-sent with new prices, are not copies; copies that
 * respell a name, abbreviate it or change the agency credit still are. Texts written for this test, shaped like
 * the wire notices that were linked wrongly in Reuters-21578 (eval/dedup/reuters21578-pairs.tsv).
 */
class TemplateNamesTest {

    private static final String LISTING = "The American Stock Exchange said it has started trading the common stock of "
            + "%s, which went public today at 12 dlrs a share. The company, based in %s, makes parts for "
            + "pumps and valves used in water treatment plants and employs about 400 people, the exchange said in a "
            + "statement issued after the opening bell on Monday.";

    private static Article article(String source, String text) throws Exception {
        return LinkerTest.article(source, text, "1987-04-06", null, null);
    }

    private static Article link(MemoryLinkStore store, Article a) {
        return LinkerTest.link(store, a);
    }

    @Test
    void theSameNoticeAboutAnotherCompanyIsNotACopy() throws Exception {
        MemoryLinkStore store = new MemoryLinkStore(true);
        Article first = link(store, article("a", String.format(LISTING, "Lawrence Insurance Group Inc", "Albany")));
        Article other = link(store, article("b", String.format(LISTING, "Sherwood Group Inc", "Albany")));
        assertThat(other.links().duplicateOf()).isNull();
        // The same notice again, its company respelled and its agency credit added, is a copy.
        Article again = link(store, article("c", String.format(LISTING, "Lawrance Insurance Group Inc", "Albany") + " (Reuters)"));
        assertThat(again.links().duplicateOf()).isEqualTo(first.id());
    }

    @Test
    void wordDiffFindsSwappedNamesOnly() {
        String a = "Shares of Franklin Insured Tax-Free Income Fund rose after the fund said it would pay a dividend. "
                + "The fund is run from San Mateo.";
        assertThat(TemplateNames.swappedName(a, a.replace("Insured", "Puerto Rico"))).isEqualTo("Insured → Puerto Rico");
        assertThat(TemplateNames.swappedName(a, a.replace("San Mateo", "S. Mateo"))).isNull();   // an abbreviation
        assertThat(TemplateNames.swappedName(a, a.replace("Franklin", "Franklyn"))).isNull();    // a respelling
        assertThat(TemplateNames.swappedName(a, "SAN MATEO (Reuters) - " + a)).isNull();         // a dateline added
        assertThat(TemplateNames.swappedName(a, a.replace("The fund", "Shares"))).isNull();      // sentence openers are not names
        assertThat(TemplateNames.swappedName(a, a.replace("United", "x") + " Made in the United States."))
                .isNull();
        assertThat(TemplateNames.swappedName("It said the United States would act.", "It said the U.S. would act.")).isNull();
    }

    @Test
    void aTableResentWithNewPricesIsNotACopy() {
        String table = "WHEAT MAY7 284 1/2 UP 1 JUL7 280 1/4 OFF 1/2 SEP7 276 1/2 UP 1/2 DEC7 281 UP 3/4 MAR8 285 1/4 UP 1";
        String later = "WHEAT MAY7 284 3/4 UP 1 1/4 JUL7 280 1/4 OFF 1/2 SEP7 277 UP 1 DEC7 281 UP 3/4 MAR8 285 1/2 UP 1 1/4";
        Fingerprint a = Fingerprint.of(table + " " + table.toLowerCase());
        Fingerprint b = Fingerprint.of(later + " " + later.toLowerCase());
        assertThat(a.isTable()).isTrue();
        assertThat(Linker.isCopy(a, null, b, null)).isFalse();
        assertThat(Linker.isCopy(a, null, Fingerprint.of(table + " " + table.toLowerCase()), null)).isTrue();
    }
}
