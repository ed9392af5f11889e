package io.pressroom.store;

import java.util.Map;

/**
 * Counts over the articles matching a search: by outlet, agency and quoted speaker, and a histogram of
 * publication dates (by month, "2022-01", or by year when the span is long).
 */
public record Facets(Map<String, Long> outlets, Map<String, Long> agencies, Map<String, Long> speakers,
                     Map<String, Long> published) { }
