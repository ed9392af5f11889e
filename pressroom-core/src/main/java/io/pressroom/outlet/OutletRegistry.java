package io.pressroom.outlet;

import io.pressroom.text.Resources;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known outlets and agencies with their home time zone (bundled {@code outlets.tsv}). Used to give a
 * local time printed on a page its UTC offset, and to name the outlet of a URL.
 */
public final class OutletRegistry {

    /** An outlet: canonical name and home zone. */
    public record Outlet(String name, ZoneId zone) { }

    private static final OutletRegistry DEFAULT = new OutletRegistry();

    private final Map<String, Outlet> byAlias = new HashMap<>();

    private OutletRegistry() {
        for (String line : Resources.lines(OutletRegistry.class, "outlets.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3) throw new IllegalStateException("bad outlets.tsv line: " + line);
            Outlet outlet = new Outlet(cols[0], ZoneId.of(cols[2]));
            byAlias.put(key(cols[0]), outlet);
            for (String alias : cols[1].split(",")) byAlias.put(key(alias), outlet);
        }
    }

    public static OutletRegistry standard() {
        return DEFAULT;
    }

    /** Looks up an outlet or agency by name or alias ("The Korea Herald", "Yonhap"). */
    public Optional<Outlet> byName(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        return Optional.ofNullable(byAlias.get(key(name)));
    }

    /** Looks up the outlet of a page address by its host, trying parent domains too. */
    public Optional<Outlet> byUrl(String url) {
        String host = hostOf(url);
        while (host != null && host.contains(".")) {
            Outlet o = byAlias.get(host);
            if (o != null) return Optional.of(o);
            host = host.substring(host.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** The UTC offset of a local time at an outlet's home, DST included. */
    public static ZoneOffset offsetAt(ZoneId zone, LocalDateTime local) {
        return zone.getRules().getOffset(local);
    }

    public static String hostOf(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("the ")) k = k.substring(4);
        if (k.startsWith("www.")) k = k.substring(4);
        return k;
    }
}
