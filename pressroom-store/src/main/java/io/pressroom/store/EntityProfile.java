package io.pressroom.store;

import java.util.List;

/**
 * One entity across the corpus: every name it was written as, its roles over time, how often it is
 * named and quoted.
 *
 * @param id        the entity id ("person:john-kirby")
 * @param name      its canonical name
 * @param type      person, organization, place or misc
 * @param aliases   the other ways articles wrote it ("Kirby", "Pentagon"), most frequent first
 * @param roles     titles given with it, each with the first and last publication day it was seen with
 * @param articles  articles that name it, copies included
 * @param read      articles read for the aliases, roles, quotations and related entities: all of them, or
 *                  when there are more than the reading limit the earliest and the latest half of it
 * @param quotes    quotations attributed to it in the articles read
 * @param firstSeen earliest publication day (ISO) of an article naming it, or null
 * @param lastSeen  latest such day, or null
 * @param related   the entities named most often in the same articles
 * @param articleIds the articles, earliest first (at most 100)
 */
public record EntityProfile(String id, String name, String type, List<String> aliases, List<Role> roles, int articles,
                            int read, int quotes, String firstSeen, String lastSeen, List<String> related, List<String> articleIds) {

    /** A title with the span of publication days it was used in, and in how many articles. */
    public record Role(String title, String first, String last, int articles) { }
}
