package io.pressroom.ner;

/**
 * The tagger's classes: BIO tags over the four CoNLL-2003 types. Kept as small ints so a token's
 * scores are one short array and a tag sequence is an int array.
 */
public final class NerTags {
    public static final int O = 0;
    public static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
    public static final int COUNT = 1 + 2 * TYPES.length;

    private NerTags() { }

    public static int begin(int type) {
        return 1 + 2 * type;
    }

    public static int inside(int type) {
        return 2 + 2 * type;
    }

    /** The type index of a B- or I- tag, -1 for O. */
    public static int type(int tag) {
        return tag == O ? -1 : (tag - 1) / 2;
    }

    public static boolean isBegin(int tag) {
        return tag != O && (tag - 1) % 2 == 0;
    }

    /** I-X may only continue an X; anything else may follow anything. */
    public static boolean allowed(int previous, int tag) {
        return isBegin(tag) || tag == O || type(previous) == type(tag);
    }

    public static String name(int tag) {
        return tag == O ? "O" : (isBegin(tag) ? "B-" : "I-") + TYPES[type(tag)];
    }

    /** "B-PER", "I-ORG", "O"; -1 when the name is not a tag of these types. */
    public static int parse(String name) {
        if (name.equals("O")) return O;
        if (name.length() < 3 || name.charAt(1) != '-') return -1;
        String t = name.substring(2);
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i].equals(t)) return name.charAt(0) == 'B' ? begin(i) : name.charAt(0) == 'I' ? inside(i) : -1;
        }
        return -1;
    }

    /**
     * CoNLL-2003 files use IOB1 (I- opens an entity unless it follows the same type; B- only
     * separates two adjacent entities of one type): rewrite to BIO, where every entity opens with B-.
     */
    public static int[] iob1ToBio(String[] tags) {
        int[] out = new int[tags.length];
        int previousType = -1;
        for (int i = 0; i < tags.length; i++) {
            int t = parse(tags[i]);
            if (t < 0) throw new IllegalArgumentException("not a CoNLL tag: " + tags[i]);
            int type = type(t);
            if (t != O && !isBegin(t) && type != previousType) t = begin(type);
            out[i] = t;
            previousType = type;
        }
        return out;
    }

    /** The entities of a BIO sequence as "start:end:type" (token offsets, end exclusive; type index), as conlleval counts them. */
    public static java.util.Set<String> chunks(int[] tags) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int start = -1, type = -1;
        for (int i = 0; i <= tags.length; i++) {
            int t = i < tags.length ? tags[i] : O;
            if (type >= 0 && (t == O || isBegin(t) || type(t) != type)) {
                out.add(start + ":" + i + ":" + type);
                type = -1;
            }
            if (t != O && type < 0) {
                start = i;
                type = type(t);
            }
        }
        return out;
    }
}
