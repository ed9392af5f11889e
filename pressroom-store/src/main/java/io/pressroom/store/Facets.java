package io.pressroom.store;

import java.util.Map;

/**
 * Counts over the articles matching a search: by outlet, agency, quoted speaker and the people,
 * organisations and places named, and a histogram of publication dates (by month, "2022-01").
 */
public record Facets(Map<String, Long> outlets, Map<String, Long> agencies, Map<String, Long> speakers,
                     Map<String, Long> published, Map<String, Long> people, Map<String, Long> organizations,
                     Map<String, Long> places) {

    public Facets(Map<String, Long> outlets, Map<String, Long> agencies, Map<String, Long> speakers, Map<String, Long> published) {
        this(outlets, agencies, speakers, published, Map.of(), Map.of(), Map.of());
    }
}
