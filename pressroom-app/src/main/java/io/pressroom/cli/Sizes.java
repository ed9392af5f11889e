package io.pressroom.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses sizes such as "10MB", "512KB", "1048576". */
final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|KIB|K|MB|MIB|M|GB|GIB|G)?");

    private Sizes() { }

    static long parse(String s) {
        Matcher m = SIZE.matcher(s.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) throw new IllegalArgumentException("not a size: '" + s + "' (use e.g. 10MB)");
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        long factor = switch (unit.charAt(0)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1L;
        };
        if (n <= 0) throw new IllegalArgumentException("size must be positive: " + s);
        return Math.multiplyExact(n, factor);
    }
}
