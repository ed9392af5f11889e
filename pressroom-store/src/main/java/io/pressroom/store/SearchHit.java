package io.pressroom.store;

/** One result: the article's key metadata, its score and the best passage. */
public record SearchHit(String id, float score, String headline, String published, String outlet, String agency,
                        String source, Snippet snippet) { }
