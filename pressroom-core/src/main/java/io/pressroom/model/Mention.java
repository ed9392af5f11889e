package io.pressroom.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A named entity as written in the body, with what it refers to.
 *
 * @param span  the characters of the body ("Kirby", "N. Korea", "Pyongyang")
 * @param type  {@link #PERSON}, {@link #ORGANIZATION}, {@link #PLACE} or {@link #MISC} (nationalities, events, products)
 * @param name  the entity it refers to, as named in full in this article or by the alias table: "Kirby" →
 *              "John Kirby", "N. Korea" → "North Korea"; a capital acting for its country ("Pyongyang has stayed
 *              away from talks") → the country
 * @param role  the title or description given with this mention ("Pentagon press secretary"), or null
 * @param actor true for a place that acts or speaks (a government standing for its country), not just a location
 */
public record Mention(TextSpan span, String type, String name, String role, boolean actor) {
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String PLACE = "place";
    public static final String MISC = "misc";

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    /** The entity's id across articles: its type and its name folded to lower-case ASCII words. */
    public String entityId() {
        return idOf(type, name);
    }

    public static String idOf(String type, String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return type + ":" + folded;
    }

    public Mention withName(String newName, boolean asActor) {
        return new Mention(span, type, newName, role, asActor);
    }

    public Mention withRole(String newRole) {
        return new Mention(span, type, name, newRole, actor);
    }
}
