package io.pressroom.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words of titles and roles (bundled {@code role-words.txt}, written by hand): the one lexicon the entity
 * stage's roles, the quote stage's speaker descriptions and the story names share. A role is a run of
 * modifiers, links and names holding a head ("Pentagon press secretary", "Secretary of State").
 */
public final class RoleWords {
    /** Head words of a role: "secretary", "minister", "spokeswoman". */
    public static final Set<String> HEADS;
    /** Words that qualify a head: "press", "foreign", "deputy". */
    public static final Set<String> MODIFIERS;
    /** Words that join a role's parts: "of", "for". */
    public static final Set<String> LINKS;
    /** Abbreviated titles and honorifics without their full stop: "sen", "lt", "dr". */
    public static final Set<String> ABBREVIATIONS;

    static {
        Set<String> heads = new HashSet<>(), modifiers = new HashSet<>(), links = new HashSet<>(), abbreviations = new HashSet<>();
        for (String line : Resources.lines(RoleWords.class, "role-words.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            Set<String> into = switch (line.substring(0, colon)) {
                case "head" -> heads;
                case "modifier" -> modifiers;
                case "link" -> links;
                case "abbreviation" -> abbreviations;
                default -> throw new IllegalArgumentException("role-words.txt: unknown list " + line.substring(0, colon));
            };
            into.addAll(List.of(line.substring(colon + 1).strip().split("\\s+")));
        }
        HEADS = Set.copyOf(heads);
        MODIFIERS = Set.copyOf(modifiers);
        LINKS = Set.copyOf(links);
        ABBREVIATIONS = Set.copyOf(abbreviations);
    }

    private RoleWords() { }

    /** A head word or an abbreviated title ("minister", "sen"), lower-case, a full stop allowed ("sen."). */
    public static boolean isTitle(String lower) {
        String w = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        return HEADS.contains(w) || ABBREVIATIONS.contains(w);
    }
}
