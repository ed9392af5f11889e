package io.pressroom.time;

import io.pressroom.model.Article;
import io.pressroom.model.TextSpan;
import io.pressroom.model.Timex;
import io.pressroom.pipeline.ArticleStage;
import io.pressroom.text.Timestamps;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in the body and normalises them to TimeML values against the article's
 * date (the dateline's date when there is one, else the publication date): full and partial dates,
 * months, years, weekdays, durations and the common relative forms ("last week", "next month",
 * "this year", "the start of this year"). Without an anchor nothing is invented: weekdays stay
 * XXXX-WXX-N, days without a year XXXX-MM-DD, and relative expressions get no value.
 *
 * <p>A first, rule-based version for dates said and the samples; the time issue brings the full
 * normaliser and its evaluation on TimeBank.
 */
public final class TimeExpressions implements ArticleStage {

    private static final String MONTH = Timestamps.MONTH;
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|a few|several)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("twenty", 20), Map.entry("thirty", 30));

    private enum Kind { FULL_DATE, DAY_MONTH_YEAR, MONTH_DAY, MONTH_YEAR, YEAR, WEEKDAY, DURATION, RELATIVE, START_OF, TODAY,
        REF, QUARTER, THE_QUARTER, YEAR_AGO, MONTH_ALONE, SET, A_UNIT, SEASON }

    private record Rule(Kind kind, Pattern pattern) { }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.FULL_DATE, Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2}),\\s+(\\d{4})\\b")),
            new Rule(Kind.DAY_MONTH_YEAR, Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "\\.?\\s+(\\d{4})\\b")),
            new Rule(Kind.MONTH_DAY, Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})(?!\\s*(?:percent|%))")),
            new Rule(Kind.MONTH_YEAR, Pattern.compile("\\b" + MONTH + "\\.?\\s+(?:of\\s+)?(\\d{4})\\b")),
            new Rule(Kind.START_OF, Pattern.compile("\\b(?:the\\s+)?(start|beginning|end|middle)\\s+of\\s+(this|last|next)\\s+(year|month|week)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.RELATIVE, Pattern.compile("\\b(last|next|this|past|coming)\\s+(week|month|year)\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.TODAY, Pattern.compile("\\b(today|yesterday|tomorrow)\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.WEEKDAY, Pattern.compile("\\b" + WEEKDAY + "\\b")),
            new Rule(Kind.DURATION, Pattern.compile("\\b" + NUMBER + "[\\s-]+(years?|months?|weeks?|days?|hours?|minutes?|decades?)\\b(?![-\\s]+(?:ago|old|earlier|later))",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.YEAR, Pattern.compile("(?<=\\b(?:in|since|of|by|from|until|to|before|after|during|year|early|late|mid|fiscal|through|and|between|around|for|the|its|their|his|her|than|since|summer|spring|fall|winter|autumn)\\s)(1[89]\\d\\d|20\\d\\d)\\b(?![-,.]?\\d)")),
            new Rule(Kind.REF, Pattern.compile("\\b(now|currently|recently|previously|soon|the future|the past|recent years|in the future)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.QUARTER, Pattern.compile("\\b(?:the\\s+)?(first|second|third|fourth)[\\s-]quarter\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.THE_QUARTER, Pattern.compile("\\bthe\\s+(latest\\s+|recent\\s+|current\\s+)?(quarter|period)\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.YEAR_AGO, Pattern.compile("\\b(a|one|two|three|four|five|\\d+)\\s+(years?|months?|weeks?|days?)\\s+(ago|earlier)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.MONTH_ALONE, Pattern.compile("(?<![.!?]\\s)(?<!^)\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\.?\\s+\\d)")),
            new Rule(Kind.SET, Pattern.compile("\\b(daily|weekly|monthly|annually|yearly|every (?:day|week|month|year))\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.A_UNIT, Pattern.compile("\\b(?:a|one)\\s+(year|month|week|day|decade)\\b(?!\\s+(?:ago|earlier|later|old))",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.SEASON, Pattern.compile("\\b(this|last|next)\\s+(spring|summer|fall|autumn|winter)\\b", Pattern.CASE_INSENSITIVE)));

    private static final Pattern FUTURE = Pattern.compile("\\b(will|'ll|set to|plans? to|scheduled|expected to|next|upcoming|due to)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Article apply(Article a) {
        return a.withTimexes(find(a.body(), anchor(a)));
    }

    /** The date expressions are resolved against: the dateline's day (with the publication year), else the publication day. */
    public static LocalDate anchor(Article a) {
        if ((a.published() == null || a.published().day() == null) && a.page().crawled() != null) {
            // A crawl's time (WARC-Date) is the anchor of last resort: the page existed then.
            return a.page().crawled().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (a.published() == null || a.published().day() == null) return null;
        LocalDate published = a.published().date();
        if (a.dateline() != null) {
            Matcher m = Pattern.compile(MONTH + "\\.?\\s+(\\d{1,2})").matcher(a.dateline());
            if (m.find()) {
                try {
                    LocalDate d = LocalDate.of(published.getYear(), Timestamps.month(m.group(1)), Integer.parseInt(m.group(2)));
                    return d.isAfter(published.plusDays(1)) ? d.minusYears(1) : d;
                } catch (DateTimeException e) {
                    return published;
                }
            }
        }
        return published;
    }

    /** Words that every time expression contains: the full rules only run near one of them. */
    private static final Pattern TRIGGER = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|1[89]\\d\\d|20\\d\\d"
                    + "|[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay|[Hh]our|[Mm]inute|[Dd]ecade|[Tt]oday|[Yy]esterday|[Tt]omorrow"
                    + "|[Nn]ow|[Cc]urrently|[Rr]ecent|[Pp]reviously|[Ss]oon|[Ff]uture|[Pp]ast|[Qq]uarter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter"
                    + "|[Aa]nnually|[Dd]aily|[Ww]eekly|[Mm]onthly|[Yy]early|[Pp]eriod)");

    private static long bits(Kind... kinds) {
        long b = 0;
        for (Kind k : kinds) b |= 1L << k.ordinal();
        return b;
    }

    private static final long MONTH_RULES = bits(Kind.FULL_DATE, Kind.DAY_MONTH_YEAR, Kind.MONTH_DAY, Kind.MONTH_YEAR, Kind.MONTH_ALONE);
    private static final long UNIT_RULES = bits(Kind.DURATION, Kind.RELATIVE, Kind.START_OF, Kind.YEAR_AGO, Kind.A_UNIT, Kind.SET,
            Kind.THE_QUARTER);

    /** Which rules a trigger word can start. */
    private static long kindsFor(String trigger) {
        char c = Character.toLowerCase(trigger.charAt(0));
        String t = trigger.toLowerCase(Locale.ROOT);
        if (Character.isDigit(c)) return bits(Kind.YEAR) | MONTH_RULES;
        if (t.startsWith("mon") && !t.startsWith("month") || t.startsWith("tue") || t.startsWith("wed") || t.startsWith("thu")
                || t.startsWith("fri") || t.startsWith("sat") || t.startsWith("sun")) {
            return bits(Kind.WEEKDAY);
        }
        if (t.matches("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")) return MONTH_RULES;
        if (t.matches("today|yesterday|tomorrow")) return bits(Kind.TODAY);
        if (t.matches("now|currently|recent|previously|soon|future|past")) return bits(Kind.REF) | UNIT_RULES;
        if (t.matches("quarter|period")) return bits(Kind.QUARTER, Kind.THE_QUARTER);
        if (t.matches("spring|summer|fall|autumn|winter")) return bits(Kind.SEASON);
        if (t.matches("annually|daily|weekly|monthly|yearly")) return bits(Kind.SET);
        return UNIT_RULES;
    }

    public static List<Timex> find(String body, LocalDate anchor) {
        List<Timex> all = new ArrayList<>();
        // Run the rules only over windows around trigger words: most of a text holds no time at all.
        Matcher trigger = TRIGGER.matcher(body);
        int windowStart = -1;
        int windowEnd = -1;
        long kinds = 0;
        List<long[]> windows = new ArrayList<>();
        while (trigger.find()) {
            int s = Math.max(0, trigger.start() - 40);
            int e = Math.min(body.length(), trigger.end() + 40);
            long k = kindsFor(trigger.group());
            if (windowEnd >= s) {
                windowEnd = e;
                kinds |= k;
            } else {
                if (windowStart >= 0) windows.add(new long[] {windowStart, windowEnd, kinds});
                windowStart = s;
                windowEnd = e;
                kinds = k;
            }
        }
        if (windowStart >= 0) windows.add(new long[] {windowStart, windowEnd, kinds});
        for (long[] w : windows) {
            for (Rule r : RULES) {
                // Only the rules a trigger word in this window can start (a weekday does not need the month rules).
                if ((w[2] & (1L << r.kind().ordinal())) == 0) continue;
                Matcher m = r.pattern().matcher(body).region((int) w[0], (int) w[1]);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                while (m.find()) {
                    Timex t = normalise(r.kind(), m, body, anchor);
                    if (t != null && all.stream().noneMatch(x -> x.span().equals(t.span()))) all.add(t);
                }
            }
        }
        // Longest first, then keep those that do not overlap one already kept.
        all.sort(Comparator.comparingInt((Timex t) -> -t.span().length()).thenComparingInt(t -> t.span().start()));
        List<Timex> kept = new ArrayList<>();
        for (Timex t : all) {
            boolean overlaps = kept.stream().anyMatch(k -> k.span().start() < t.span().end() && t.span().start() < k.span().end());
            if (!overlaps) kept.add(t);
        }
        kept.sort(Comparator.comparingInt(t -> t.span().start()));
        List<Timex> out = new ArrayList<>(kept.size());
        for (Timex t : kept) out.add(extend(body, t));
        return out;
    }

    private static Timex normalise(Kind kind, Matcher m, String body, LocalDate anchor) {
        TextSpan span = new TextSpan(m.start(), m.end());
        try {
            switch (kind) {
                case FULL_DATE -> {
                    return date(span, LocalDate.of(Integer.parseInt(m.group(3)), Timestamps.month(m.group(1)), Integer.parseInt(m.group(2))));
                }
                case DAY_MONTH_YEAR -> {
                    return date(span, LocalDate.of(Integer.parseInt(m.group(3)), Timestamps.month(m.group(2)), Integer.parseInt(m.group(1))));
                }
                case MONTH_DAY -> {
                    int month = Timestamps.month(m.group(1));
                    int day = Integer.parseInt(m.group(2));
                    if (day < 1 || day > 31 || m.group(1).equalsIgnoreCase("may") && !Character.isUpperCase(m.group(1).charAt(0))) return null;
                    if (anchor == null) return new Timex(span, "DATE", String.format("XXXX-%02d-%02d", month, day));
                    return date(span, closest(anchor, month, day));
                }
                case MONTH_YEAR -> {
                    if (m.group(1).equals("may")) return null;
                    return new Timex(span, "DATE", String.format("%s-%02d", m.group(2), Timestamps.month(m.group(1))));
                }
                case YEAR -> {
                    return new Timex(span, "DATE", m.group(1));
                }
                case WEEKDAY -> {
                    DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                    if (anchor == null) return new Timex(span, "DATE", "XXXX-WXX-" + dow.getValue());
                    String before = body.substring(Math.max(0, m.start() - 60), m.start());
                    boolean future = FUTURE.matcher(before).find();
                    LocalDate d = future ? anchor.with(TemporalAdjusters.nextOrSame(dow)) : anchor.with(TemporalAdjusters.previousOrSame(dow));
                    return date(span, d);
                }
                case DURATION -> {
                    String n = m.group(1).toLowerCase(Locale.ROOT);
                    Integer value = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : NUMBERS.get(n);
                    String unit = m.group(2).toLowerCase(Locale.ROOT);
                    String u = unit.startsWith("year") ? "Y" : unit.startsWith("month") ? "M" : unit.startsWith("week") ? "W"
                            : unit.startsWith("day") ? "D" : unit.startsWith("decade") ? "DE" : unit.startsWith("hour") ? "H" : "MIN";
                    String v = value == null ? "X" : String.valueOf(u.equals("DE") ? value * 10 : value);
                    u = u.equals("DE") ? "Y" : u;
                    return new Timex(span, "DURATION", (u.equals("H") || u.equals("MIN") ? "PT" : "P") + v + (u.equals("MIN") ? "M" : u));
                }
                case RELATIVE -> {
                    if (anchor == null) return new Timex(span, "DATE", null);
                    String which = m.group(1).toLowerCase(Locale.ROOT);
                    int delta = which.equals("last") || which.equals("past") ? -1 : which.equals("next") || which.equals("coming") ? 1 : 0;
                    return new Timex(span, "DATE", period(m.group(2).toLowerCase(Locale.ROOT), anchor, delta));
                }
                case START_OF -> {
                    if (anchor == null) return new Timex(span, "DATE", null);
                    String which = m.group(2).toLowerCase(Locale.ROOT);
                    int delta = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                    return new Timex(span, "DATE", period(m.group(3).toLowerCase(Locale.ROOT), anchor, delta));
                }
                case TODAY -> {
                    if (anchor == null) return new Timex(span, "DATE", null);
                    String w = m.group(1).toLowerCase(Locale.ROOT);
                    return date(span, w.equals("today") ? anchor : w.equals("yesterday") ? anchor.minusDays(1) : anchor.plusDays(1));
                }
                case REF -> {
                    String w = m.group(1).toLowerCase(Locale.ROOT);
                    String v = w.equals("now") || w.equals("currently") ? "PRESENT_REF"
                            : w.equals("soon") || w.endsWith("future") ? "FUTURE_REF" : "PAST_REF";
                    return new Timex(span, "DATE", v);
                }
                case QUARTER -> {
                    int q = List.of("first", "second", "third", "fourth").indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
                    if (anchor == null) return new Timex(span, "DATE", "XXXX-Q" + q);
                    int year = anchor.getYear();
                    if (q > (anchor.getMonthValue() - 1) / 3 + 1) year--;
                    return new Timex(span, "DATE", year + "-Q" + q);
                }
                case THE_QUARTER -> {
                    // "the quarter" in a results story is the one just reported: the quarter before the anchor's.
                    String mod = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
                    boolean period = m.group(2).equalsIgnoreCase("period");
                    if (period && mod.isEmpty()) return null;
                    if (anchor == null) return new Timex(span, "DATE", "XXXX-QX");
                    if (mod.equals("latest") || mod.equals("recent")) return new Timex(span, "DATE", anchor.getYear() + "-QX");
                    int q = (anchor.getMonthValue() - 1) / 3 + 1;
                    if (mod.equals("current")) return new Timex(span, "DATE", anchor.getYear() + "-Q" + q);
                    return q == 1 ? new Timex(span, "DATE", (anchor.getYear() - 1) + "-Q4") : new Timex(span, "DATE", anchor.getYear() + "-Q" + (q - 1));
                }
                case YEAR_AGO -> {
                    if (anchor == null) return new Timex(span, "DATE", null);
                    String n = m.group(1).toLowerCase(Locale.ROOT);
                    int k = n.equals("a") ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
                    String unit = m.group(2).toLowerCase(Locale.ROOT);
                    if (unit.startsWith("year")) return new Timex(span, "DATE", String.valueOf(anchor.getYear() - k));
                    if (unit.startsWith("month")) {
                        LocalDate d = anchor.minusMonths(k);
                        return new Timex(span, "DATE", String.format("%04d-%02d", d.getYear(), d.getMonthValue()));
                    }
                    if (unit.startsWith("week")) return new Timex(span, "DATE", period("week", anchor, -k));
                    return date(span, anchor.minusDays(k));
                }
                case MONTH_ALONE -> {
                    int month = Timestamps.month(m.group(1));
                    if (anchor == null) return new Timex(span, "DATE", String.format("XXXX-%02d", month));
                    LocalDate d = closest(anchor, month, 15);
                    return new Timex(span, "DATE", String.format("%04d-%02d", d.getYear(), month));
                }
                case SET -> {
                    String w = m.group(1).toLowerCase(Locale.ROOT);
                    String v = w.contains("day") || w.equals("daily") ? "P1D" : w.contains("week") ? "P1W"
                            : w.contains("month") ? "P1M" : "P1Y";
                    return new Timex(span, "SET", v);
                }
                case A_UNIT -> {
                    String u = m.group(1).toLowerCase(Locale.ROOT);
                    String v = switch (u) {
                        case "year" -> "P1Y";
                        case "month" -> "P1M";
                        case "week" -> "P1W";
                        case "decade" -> "P10Y";
                        default -> "P1D";
                    };
                    return new Timex(span, "DURATION", v);
                }
                case SEASON -> {
                    String which = m.group(1).toLowerCase(Locale.ROOT);
                    String season = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                        case "spring" -> "SP";
                        case "summer" -> "SU";
                        case "winter" -> "WI";
                        default -> "FA";
                    };
                    if (anchor == null) return new Timex(span, "DATE", "XXXX-" + season);
                    int delta = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                    return new Timex(span, "DATE", (anchor.getYear() + delta) + "-" + season);
                }
                default -> {
                    return null;
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the\\s+(?:first|last|past|next|latest)\\s+|the\\s+|earlier\\s+|early\\s+|late\\s+|later\\s+|mid-|fiscal\\s+))$");
    private static final Pattern AFTER = Pattern.compile("^\\s+(?:morning|afternoon|evening|night)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Takes in the modifiers TimeML counts as part of an expression: "the first nine months",
     * "earlier this year", "late November", "fiscal 1989", "Wednesday night". The value stays.
     */
    private static Timex extend(String body, Timex t) {
        int start = t.span().start();
        int end = t.span().end();
        for (int k = 0; k < 2; k++) {
            Matcher b = BEFORE.matcher(body).region(Math.max(0, start - 24), start);
            if (b.find()) start = b.start();
        }
        Matcher a = AFTER.matcher(body).region(end, Math.min(body.length(), end + 12));
        if (a.lookingAt()) end = a.end();
        if (start == t.span().start() && end == t.span().end()) return t;
        return new Timex(new TextSpan(start, end), t.type(), t.value());
    }

    /** The date with this month and day nearest to the anchor: news speaks of the months around it. */
    private static LocalDate closest(LocalDate anchor, int month, int day) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, Math.min(day, java.time.YearMonth.of(y, month).lengthOfMonth()));
            } catch (DateTimeException e) {
                continue;
            }
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) best = d;
        }
        return best;
    }

    private static String period(String unit, LocalDate anchor, int delta) {
        return switch (unit) {
            case "year" -> String.valueOf(anchor.getYear() + delta);
            case "month" -> {
                LocalDate d = anchor.plusMonths(delta);
                yield String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            }
            default -> {
                LocalDate d = anchor.plusWeeks(delta);
                yield String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
        };
    }

    private static Timex date(TextSpan span, LocalDate d) {
        return new Timex(span, "DATE", d.toString());
    }
}
