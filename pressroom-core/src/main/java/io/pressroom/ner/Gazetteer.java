package io.pressroom.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-written word lists (countries, cities, demonyms, given names, organisation words, titles):
 * each token gets the set of lists that hold an entry containing it, as one feature value. The lists
 * reach beyond the 1996 training news ("Pyongyang", "Kamala"); the tagger decides how far to trust them.
 */
final class Gazetteer {
    private static final Gazetteer STANDARD = load();

    private final Map<String, Long> lists;
    private Gazetteer(Map<String, Long> lists) {
        this.lists = lists;
    }

    static Gazetteer standard() {
        return STANDARD;
    }

    /** Bits of the lists holding this word (1 << list index, bit 16+ when the entry is the word alone); 0 for none. */
    long classes(String word, String lower) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return 0;
        Long bits = lists.get(lower);
        return bits == null ? 0 : bits;
    }

    private static Gazetteer load() {
        Map<String, Long> lists = new HashMap<>();
        int listCount = 0;
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.txt")) {
            if (in == null) return new Gazetteer(Map.of());
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                int list = listCount++;
                for (String entry : line.substring(colon + 1).split(",")) {
                    String[] words = entry.strip().toLowerCase(Locale.ROOT).split("\\s+");
                    for (String w : words) {
                        if (w.isEmpty()) continue;
                        long bit = 1L << list;
                        if (words.length == 1) bit |= 1L << (16 + list);
                        lists.merge(w, bit, (a, b) -> a | b);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(lists);
    }
}
