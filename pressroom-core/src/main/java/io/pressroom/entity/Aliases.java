package io.pressroom.entity;

import io.pressroom.text.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hand-written alias table ({@code aliases.tsv}): other names of an entity, capitals that stand
 * for their country, descriptions that mean an entity in an article that names it, and fixed types.
 * Looked up by lower-case name with dots kept ("u.s.").
 */
final class Aliases {
    private static final Aliases STANDARD = new Aliases(Resources.lines(Aliases.class, "aliases.tsv"));

    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, String> contextual = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();

    Aliases(List<String> lines) {
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 3) continue;
            for (String other : cols[2].split("\\|")) {
                String key = key(other);
                switch (cols[0]) {
                    case "alias" -> aliases.put(key, cols[1]);
                    case "capital" -> capitals.put(key, cols[1]);
                    case "context" -> contextual.put(key, cols[1]);
                    case "type" -> types.put(key(other), cols[1]);
                    default -> throw new IllegalArgumentException("aliases.tsv: unknown kind " + cols[0]);
                }
            }
            if (cols[0].equals("alias")) aliases.put(key(cols[1]), cols[1]);
        }
    }

    static Aliases standard() {
        return STANDARD;
    }

    /** The canonical name of an alias, or the name itself. */
    String canonical(String name) {
        String c = aliases.get(key(name));
        if (c == null && name.toLowerCase(Locale.ROOT).startsWith("the ")) c = aliases.get(key(name.substring(4)));
        return c == null ? name : c;
    }

    /** The country a capital stands for, or null. */
    String countryOf(String capital) {
        return capitals.get(key(capital));
    }

    /** Descriptions that mean an entity when the article names it ("the north" → North Korea). */
    Map<String, String> contextual() {
        return contextual;
    }

    /** The fixed type of a canonical name, or null. */
    String typeOf(String canonical) {
        return types.get(key(canonical));
    }

    static String key(String name) {
        return name.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
