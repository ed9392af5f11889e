package io.pressroom.entity;

import io.pressroom.model.Mention;
import java.util.ArrayList;
import java.util.List;

/** How a name typed by a user finds entities: through the alias table ("N. Korea" → North Korea), of any type. */
public final class EntityNames {
    private static final List<String> TYPES = List.of(Mention.PERSON, Mention.ORGANIZATION, Mention.PLACE, Mention.MISC);

    private EntityNames() { }

    /** The canonical name of a name, or the name itself. */
    public static String canonical(String name) {
        return Aliases.standard().canonical(name.strip());
    }

    /** The entity ids a name or an id ("person:john-kirby") may denote. */
    public static List<String> ids(String nameOrId) {
        String v = nameOrId.strip();
        int colon = v.indexOf(':');
        if (colon > 0 && TYPES.contains(v.substring(0, colon))) return List.of(v);
        List<String> out = new ArrayList<>();
        String canonical = canonical(v);
        for (String t : TYPES) {
            out.add(Mention.idOf(t, canonical));
            if (!canonical.equals(v)) out.add(Mention.idOf(t, v));
        }
        return out;
    }
}
