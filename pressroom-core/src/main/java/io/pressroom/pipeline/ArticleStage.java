package io.pressroom.pipeline;

import io.pressroom.model.Article;

/**
 * A pure, stateless step that enriches an article (quotes, entities, time expressions...). Stages
 * must be thread-safe: the same instance runs on all cores, in the CLI, the server and Spark.
 */
public interface ArticleStage {
    /** A short name, shown by {@code pressroom bench}. */
    String name();

    Article apply(Article article);
}
