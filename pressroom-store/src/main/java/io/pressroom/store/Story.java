package io.pressroom.store;

import java.util.List;

/**
 * Articles clustered into one story.
 *
 * @param id       the story id (its first article's id)
 * @param headline a representative headline: the earliest article's
 * @param first    earliest publication date (ISO), or null
 * @param last     latest publication date (ISO), or null
 * @param articles number of articles, copies included
 * @param names    the people, organisations and places the articles name most (story terms), most shared first
 * @param speakers quoted speakers, most articles first
 * @param articleIds the articles, earliest first (at most 100)
 */
public record Story(String id, String headline, String first, String last, int articles, List<String> names,
                   List<String> speakers, List<String> articleIds) { }
