package io.pressroom.entity;

import java.util.Set;

/** Small word tests for names. */
final class NameWords {
    /** Capitalised words that do not continue a name: dates and sentence words. */
    static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "The", "This", "That", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At");

    private NameWords() { }
}
