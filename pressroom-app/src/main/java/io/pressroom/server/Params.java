package io.pressroom.server;

import io.pressroom.model.PartialDateTime;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Query parameters, validated: known names only, bounded lengths and ranges, dates as ISO prefixes. */
final class Params {
    static final int MAX_VALUE_LENGTH = 500;
    static final int MAX_VALUES = 10;

    private final Map<String, List<String>> values = new HashMap<>();

    Params(URI uri, Set<String> allowed) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) return;
        if (raw.length() > 8000) throw new ApiException(414, "query string too long");
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!allowed.contains(name)) throw new ApiException(400, "unknown parameter '" + safe(name) + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            if (value.length() > MAX_VALUE_LENGTH) throw new ApiException(400, "parameter '" + name + "' longer than " + MAX_VALUE_LENGTH + " characters");
            List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
            if (list.size() >= MAX_VALUES) throw new ApiException(400, "too many values for '" + name + "'");
            list.add(value);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "malformed URL encoding");
        }
    }

    static String safe(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    String string(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).strip();
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    int integer(String name, int def, int min, int max) {
        String v = string(name);
        if (v == null) return def;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new ApiException(400, "'" + name + "' must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "'" + name + "' must be a whole number");
        }
    }

    PartialDateTime date(String name) {
        String v = string(name);
        if (v == null) return null;
        try {
            return PartialDateTime.parseIso(v);
        } catch (RuntimeException e) {
            throw new ApiException(400, "'" + name + "' must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    String oneOf(String name, String def, Set<String> options) {
        String v = string(name);
        if (v == null) return def;
        if (!options.contains(v)) throw new ApiException(400, "'" + name + "' must be one of " + String.join(", ", options));
        return v;
    }
}
