package io.pressroom.cli;

import io.pressroom.model.Article;
import io.pressroom.model.PartialDateTime;
import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.store.ArticleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pressroom bench-links}: near-duplicate and statement linking over N synthetic articles added to a
 * fresh index one at a time, with its speed at each tenth (so growth with the corpus shows) and the peak heap.
 */
@Command(name = "bench-links", mixinStandardHelpOptions = true,
        description = {"Benchmark linking (near-duplicates, statements, stories) as the index grows: N synthetic articles",
                "(10% syndicated copies, quotations re-reported by other articles) added on one thread to a fresh index.",
                "Prints linking articles/second per tenth of the run, end-to-end add rate and peak heap."})
final class BenchLinksCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles to add. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--data", paramLabel = "DIR", description = "Index folder (must not exist; default: a temporary folder, deleted after).")
    Path data;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--per-day", paramLabel = "N", defaultValue = "1000",
            description = {"Articles published per day: they arrive in publication order, as from a feed; copies and",
                    "re-reports are of recent articles. Default: ${DEFAULT-VALUE}."})
    int perDay;

    /** The first publication day of the synthetic feed. */
    private static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(2020, 1, 1);

    private static final int VOCABULARY = 30_000;
    private static final int SPEAKERS = 5_000;

    @Override
    public Integer call() throws IOException {
        if (count < 10 || count > 10_000_000) throw new IllegalArgumentException("--articles must be 10..10000000");
        if (perDay < 1) throw new IllegalArgumentException("--per-day must be at least 1");
        Path dir = data != null ? data : Files.createTempDirectory("pressroom-bench-links");
        if (data != null && Files.exists(data)) throw new IllegalArgumentException(data + " exists; give a new folder");
        PrintWriter out = spec.commandLine().getOut();
        SplittableRandom r = new SplittableRandom(seed);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < words.length; i++) words[i] = word(i);
        List<String> recentBodies = new ArrayList<>();
        List<String[]> recentQuotes = new ArrayList<>();
        long copies = 0;
        long reported = 0;
        long copiesFound = 0;
        long reportsLinked = 0;
        out.printf("linking %,d synthetic articles into %s (one thread)%n", count, dir);
        out.println("   articles   link art/s   copies+stmt   add art/s   live heap MiB");
        long t0 = System.nanoTime();
        long lastNanos = 0;
        long maxLive = 0;
        long gcNanos = 0;
        long lastLink = 0;
        long lastDedup = 0;
        int step = Math.max(1, count / 10);
        try (ArticleWriter w = ArticleWriter.open(dir)) {
            for (int i = 0; i < count; i++) {
                Article a;
                if (i > 100 && r.nextInt(10) == 0) {
                    a = copyOf(i, recentBodies.get(r.nextInt(recentBodies.size())), r);
                    copies++;
                } else {
                    String[] quote = !recentQuotes.isEmpty() && r.nextInt(20) == 0 ? recentQuotes.get(r.nextInt(recentQuotes.size())) : null;
                    if (quote != null) reported++;
                    a = fresh(i, words, r, quote, recentQuotes);
                    remember(recentBodies, a.body(), r);
                }
                Article linked = w.addLinked(a);
                if (linked != null && linked.links().duplicateOf() != null) copiesFound++;
                for (int q = 0; linked != null && q < linked.quotes().size(); q++) {
                    String st = linked.links().statement(q);
                    if (st != null && !st.equals(linked.id() + "." + q)) reportsLinked++;
                }
                if ((i + 1) % step == 0) {
                    long now = System.nanoTime();
                    long link = w.linkNanos();
                    long[] parts = w.linkNanosByPart();
                    long dedup = parts[0] + parts[1];
                    // What the heap holds after a full collection: the memory the run really keeps (the collection's
                    // time is left out of the rates).
                    long elapsed = now - t0 - gcNanos;
                    System.gc();
                    long live = usedHeapMiB();
                    maxLive = Math.max(maxLive, live);
                    gcNanos += System.nanoTime() - now;
                    out.printf("%11d %12.0f %13.0f %11.0f %15d%n", i + 1, step / ((link - lastLink) / 1e9),
                            step / ((dedup - lastDedup) / 1e9), step / ((elapsed - lastNanos) / 1e9), live);
                    lastNanos = elapsed;
                    lastLink = link;
                    lastDedup = dedup;
                }
            }
            double total = (System.nanoTime() - t0 - gcNanos) / 1e9;
            out.printf("linking: %,.0f articles/s over the run (%.1f s of %.1f s); %,d copies and %,d re-reported quotations planted%n",
                    count / (w.linkNanos() / 1e9), w.linkNanos() / 1e9, total, copies, reported);
            out.printf("  found: %,d articles linked as near-copies, %,d quotations linked to an earlier report%n", copiesFound, reportsLinked);
            long[] parts = w.linkNanosByPart();
            out.printf("  near-copies %,.0f art/s, statements %,.0f art/s, stories %,.0f art/s; near-copies + statements together %,.0f art/s%n",
                    count / (parts[0] / 1e9), count / (parts[1] / 1e9), count / (parts[2] / 1e9), count / ((parts[0] + parts[1]) / 1e9));
        }
        out.printf("live heap after a full collection, largest at any tenth: %d MiB; summed peaks of the heap pools %d MiB (an upper bound; max heap %d MiB)%n",
                maxLive, peakHeapMiB(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        if (data == null) deleteTree(dir);
        return ExitCodes.OK;
    }

    private static String word(int i) {
        // Pronounceable pseudo-words, distinct per index: the bodies look like text to the tokenisers.
        String c = "bcdfghklmnprstvz";
        String v = "aeiou";
        StringBuilder b = new StringBuilder();
        int x = i + 1;
        while (x > 0) {
            b.append(c.charAt(x % c.length())).append(v.charAt((x / c.length()) % v.length()));
            x /= c.length() * v.length();
        }
        return b.toString();
    }

    /** Zipf-like: low ranks much more often, as in text. */
    private static String zipf(String[] words, SplittableRandom r) {
        return words[(int) Math.min(words.length - 1, Math.floor(Math.pow(words.length, r.nextDouble())) - 1)];
    }

    private static void remember(List<String> list, String body, SplittableRandom r) {
        // A bounded pool of recent bodies to copy from, as wire copy is re-run within days.
        if (list.size() < 5_000) list.add(body);
        else list.set(r.nextInt(list.size()), body);
    }

    private Article fresh(int i, String[] words, SplittableRandom r, String[] reuse, List<String[]> quotes) {
        StringBuilder body = new StringBuilder();
        List<Quote> qs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            if (p > 0) body.append("\n\n");
            if (p == 1 || p == 3) {
                String[] q = p == 1 && reuse != null ? reuse : new String[] {sentence(words, r, 14), "Speaker" + word(r.nextInt(SPEAKERS))};
                body.append('"');
                int start = body.length();
                body.append(q[0]);
                int end = body.length();
                body.append(",\" said ");
                int ms = body.length();
                body.append(q[1]).append('.');
                qs.add(new Quote(new TextSpan(start, end), Quote.Type.DIRECT, q[1], new TextSpan(ms, ms + q[1].length()),
                        new TextSpan(ms - 5, ms - 1), "say", null));
                if (reuse == null || p == 3) {
                    if (quotes.size() < 5_000) quotes.add(q);
                    else quotes.set(r.nextInt(quotes.size()), q);
                }
            } else {
                body.append(sentence(words, r, 18)).append(". ").append(sentence(words, r, 12)).append('.');
            }
        }
        return article(i, "Headline " + sentence(words, r, 6), body.toString(), qs, r);
    }

    private static final String[] OPENERS = {"The", "He", "She", "It", "They", "In", "On", "But", "A", "This"};

    /** A sentence: an opener as news sentences have, Zipf-distributed words, and a name or two (capitalised). */
    private static String sentence(String[] words, SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder(OPENERS[r.nextInt(OPENERS.length)]);
        for (int k = 1; k < n; k++) {
            b.append(' ');
            if (k % 7 == 3) {
                // Names follow a Zipf law too: a few people and places are in many stories.
                String first = zipf(words, r);
                String last = zipf(words, r);
                b.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length()).append(' ')
                        .append(Character.toUpperCase(last.charAt(0))).append(last, 1, last.length());
            } else {
                b.append(zipf(words, r));
            }
        }
        if (r.nextInt(3) == 0) b.append(' ').append(r.nextInt(1000));
        return b.toString();
    }

    private Article copyOf(int i, String body, SplittableRandom r) {
        int cut = (int) (body.length() * (0.8 + 0.2 * r.nextDouble()));
        String copy = "CITY (Agency) -- " + body.substring(0, cut) + "\n\nCopyright Agency. All rights reserved.";
        return article(i, "Copy headline " + i, copy, List.of(), r);
    }

    private Article article(int i, String headline, String body, List<Quote> quotes, SplittableRandom r) {
        String id = String.format("%016x", mix(i + 1));
        java.time.LocalDate d = FIRST_DAY.plusDays(i / perDay);
        PartialDateTime day = PartialDateTime.ofDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return new Article(id, "bench:" + i, null, "Outlet " + r.nextInt(50), headline, day, null, null, null, body,
                List.of(new TextSpan(0, body.length())), List.of(), List.of(), List.of(), quotes, List.of(), null);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return z ^ (z >>> 33);
    }

    private static long usedHeapMiB() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
