/**
 * Links an article to the corpus it joins: near-duplicate copies ({@link io.pressroom.link.MinHash}),
 * the statements its quotations report ({@link io.pressroom.link.QuoteKey}), its story, and disagreements on
 * dates and numbers ({@link io.pressroom.link.Disagreements}). {@link io.pressroom.link.Linker} is the entry
 * point; it asks a {@link io.pressroom.link.LinkStore} for candidates, so the same code runs over the
 * embedded index, in memory, or inside a Spark partition.
 */
package io.pressroom.link;
