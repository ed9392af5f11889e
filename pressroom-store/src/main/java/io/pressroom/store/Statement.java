package io.pressroom.store;

import java.util.List;

/**
 * The same words of one speaker, reported by one or more articles.
 *
 * @param id      the statement id: {@code ARTICLE.N}, the first report linked
 * @param speaker the resolved speaker (the most common among the reports), or null
 * @param wording the canonical wording: the fullest report's text
 * @param reports every report, earliest published first
 */
public record Statement(String id, String speaker, String wording, List<Report> reports) {

    /** One article's report of the statement; {@code wording} says how its text differs from the first one linked. */
    public record Report(String articleId, String outlet, String published, String headline, String text,
                         String wording, String saidOn, boolean copy) { }

    public Statement {
        reports = List.copyOf(reports);
    }

    public Report first() {
        return reports.get(0);
    }
}
