package io.pressroom.store;

/**
 * One result: the article's key metadata, its score, the best passage, and how many near-copies of it
 * the index holds (folded into this result unless the search asked for every copy).
 */
public record SearchHit(String id, float score, String headline, String published, String outlet, String agency,
                        String source, Snippet snippet, int copies) { }
