package io.pressroom.entity;

import io.pressroom.text.Resources;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The words of titles and roles ({@code titles.txt}): heads ("secretary"), modifiers ("press"), links ("of"). */
final class Titles {
    static final Set<String> HEADS = new HashSet<>();
    static final Set<String> MODIFIERS = new HashSet<>();
    static final Set<String> LINKS = new HashSet<>();

    static {
        for (String line : Resources.lines(Titles.class, "titles.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            Set<String> into = switch (line.substring(0, colon)) {
                case "head" -> HEADS;
                case "modifier" -> MODIFIERS;
                case "link" -> LINKS;
                default -> throw new IllegalArgumentException("titles.txt: unknown list " + line.substring(0, colon));
            };
            into.addAll(List.of(line.substring(colon + 1).strip().split("\\s+")));
        }
    }

    private Titles() { }
}
