package io.pressroom.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How an article relates to the rest of the corpus, found when it was added (see {@code io.pressroom.link}).
 *
 * @param duplicateOf the canonical copy this article is a near-duplicate of (the first copy ingested), or null
 * @param similarity  estimated Jaccard similarity of word bigrams with the copy it matched (0 when none)
 * @param statements  per quotation (same order as {@link Article#quotes()}), the statement it reports: the id
 *                    {@code ARTICLE.N} of the first report of those words, or null when not linked
 * @param variants    per quotation, how its wording differs from the statement's first report
 *                    ("same", "punctuation", "trimmed", "fragment", "longer", "variant"), or null
 * @param story       the story this article belongs to: the id of the story's first article
 * @param flags       disagreements found within the article or with other reports
 */
public record Links(String duplicateOf, double similarity, List<String> statements, List<String> variants,
                    String story, List<Flag> flags) {

    public static final Links NONE = new Links(null, 0, List.of(), List.of(), null, List.of());

    public Links {
        // Nulls are meaningful per quotation, so these lists are copied without List.copyOf.
        statements = statements == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(statements));
        variants = variants == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(variants));
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public String statement(int quoteIndex) {
        return quoteIndex < statements.size() ? statements.get(quoteIndex) : null;
    }

    public String variant(int quoteIndex) {
        return quoteIndex < variants.size() ? variants.get(quoteIndex) : null;
    }

    public Links withFlags(List<Flag> newFlags) {
        return new Links(duplicateOf, similarity, statements, variants, story, newFlags);
    }
}
