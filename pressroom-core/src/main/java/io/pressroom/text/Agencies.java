package io.pressroom.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** News agency names and their spellings (bundled {@code agencies.txt}). */
public final class Agencies {
    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (String line : Resources.lines(Agencies.class, "agencies.txt")) {
            List<String> names = List.of(line.split("\\|"));
            for (String n : names) CANONICAL.put(n.strip(), names.get(0).strip());
        }
    }

    private Agencies() { }

    /** The canonical agency name for a spelling ("Reuter" → "Reuters"), or null if it is none. */
    public static String canonical(String name) {
        return name == null ? null : CANONICAL.get(name.strip());
    }
}
