package io.pressroom.text;

import java.util.Map;

/** Numbers written as words, shared by the time stage ("two weeks ago") and statement links ("up three cts"). */
public final class NumberWords {
    private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000));

    private NumberWords() { }

    /** The value of a lower-case number word ("twelve" → 12), or null. */
    public static Integer value(String lower) {
        return VALUES.get(lower);
    }
}
