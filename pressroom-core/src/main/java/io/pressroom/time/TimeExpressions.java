package io.pressroom.time;

import io.pressroom.model.Article;
import io.pressroom.model.TextSpan;
import io.pressroom.model.Timex;
import io.pressroom.pipeline.ArticleStage;
import io.pressroom.text.NumberWords;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in the body and normalises them to TimeML values against the article's
 * date (the dateline's date when there is one, else the publication date): full and partial dates,
 * months, years, weekdays, durations and the common relative forms ("last week", "next month",
 * "this year", "the start of this year"). Without an anchor nothing is invented: weekdays stay
 * XXXX-WXX-N, days without a year XXXX-MM-DD, and relative expressions get no value.
 *
 * <p>Rules (regular expressions run only in windows around trigger words) plus normalisation code,
 * measured on TimeBank and AQUAINT by {@code pressroom eval time} (docs/QUALITY.md): times of day,
 * quarters and fiscal periods of results stories, decades, spelled years, sets ("each Thursday"),
 * relative forms resolved with the sentence's tense. Written by hand because the maintained
 * normalisers are not Java libraries one can embed (HeidelTime is GPL and needs a tagger; SUTime
 * comes with CoreNLP, GPL and slow: see the measurements).
 */
public final class TimeExpressions implements ArticleStage {

    private static final String MONTH = Timestamps.MONTH;
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String NUMBER = "(\\d+(?:\\s+1/2)?|(?:" + TENS_WORDS + ")[\\s-](?:" + UNITS_WORDS + ")|" + UNITS_WORDS
            + "|ten|eleven|twelve|fifteen|eighteen|" + TENS_WORDS + "|a few|few|several|(?:a\\s+)?couple\\s+of)";
    private static final String MONTH_NAME = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private enum Kind { FULL_DATE, DAY_MONTH_YEAR, MONTH_DAY, MONTH_YEAR, YEAR, WEEKDAY, DURATION, RELATIVE, START_OF, TODAY,
        REF, QUARTER, THE_QUARTER, YEAR_AGO, MONTH_ALONE, SET, A_UNIT, SEASON, LAST_MONTH, MONTH_REL_YEAR, PART_OF_DAY,
        CLOCK, EACH, THE_UNIT, YEAR_EARLIER, YEAR_END, RECENT_UNITS, SPELLED_YEAR, WEEKDAY_DATE, YEARS_QUARTER, DECADE, BARE_UNITS, YEAR_PHRASE,
        PART_OF_YEAR, CENTURY, LAST_DECADE, NAMED_DECADE, HOLIDAY }

    private record Rule(Kind kind, Pattern pattern) { }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.WEEKDAY_DATE, Pattern.compile("\\b" + WEEKDAY + ",?\\s+" + MONTH + "\\.?\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?\\b")),
            new Rule(Kind.FULL_DATE, Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2}),\\s+(\\d{4})\\b")),
            new Rule(Kind.DAY_MONTH_YEAR, Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "\\.?\\s+(\\d{4})\\b")),
            new Rule(Kind.MONTH_DAY, Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})(?!\\s*(?:percent|%))")),
            new Rule(Kind.MONTH_YEAR, Pattern.compile("\\b" + MONTH + "\\.?\\s+(?:of\\s+)?(\\d{4})\\b")),
            new Rule(Kind.START_OF, Pattern.compile("\\b(?:the\\s+)?(start|beginning|end|middle)\\s+of\\s+(this|last|next)\\s+(year|month|week)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.RELATIVE, Pattern.compile("\\b(last|next|this|past|coming|current)\\s+(?:fiscal\\s+)?(week|month|year)\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.TODAY, Pattern.compile("\\b(today|yesterday|tomorrow)\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.WEEKDAY, Pattern.compile("\\b" + WEEKDAY + "\\b")),
            new Rule(Kind.DURATION, Pattern.compile("\\b" + NUMBER + "(?:\\s+more)?(?:\\s+(?:trading|business|working))?[\\s-]+(years?|quarters?|months?|weeks?|days?|hours?|minutes?|decades?)\\b(?![-\\s]+(?:ago|old|earlier|later))",
                    Pattern.CASE_INSENSITIVE)),
            // A year: a plausible four-digit number that is not part of a larger number, an amount or a measure.
            new Rule(Kind.YEAR, Pattern.compile("(?<![$#\\d.,:/-])(?<!No\\. )\\b(19[0-9]\\d|20[0-4]\\d)\\b(?![-,.:/]?\\d)(?!\\s*(?:%|percent|"
                    + "tons?|shares|barrels|people|employees|workers|troops|points|acres|miles|feet|metres|meters|kilometers|km|cars|units|"
                    + "members|votes|cases|students|pounds|ounces|dollars|yen|marks|francs|deaths|jobs|homes|[a-z]+-(?:year|month)))")),
            new Rule(Kind.REF, Pattern.compile("\\b(now|currently|recently|current(?!\\s+(?:fiscal\\s+)?(?:year|quarter|month|week|period))"
                    + "|recent(?!\\s+(?:years|months|weeks|days|decades))|the future|the (?:near|short) term|the near future|these days|future quarters|a later date|(?:the\\s+)?coming (?:months|quarters|years)|the past(?!\\s+decade\\b|\\s+" + NUMBER
                    + "\\s+(?:years?|quarters?|months?|weeks?|days?|hours?|decades?)))\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.QUARTER, Pattern.compile("\\b(first|second|third|fourth)[\\s-]quarter\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.THE_QUARTER, Pattern.compile("\\b(?:the|this)\\s+(latest\\s+|recent\\s+|current\\s+)?(quarter|period)\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.YEAR_AGO, Pattern.compile("\\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(years?|months?|weeks?|days?|decades?)\\s+(ago|earlier)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.MONTH_ALONE, Pattern.compile("(?<![.!?]\\s)(?<!^)\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\.?\\s+\\d)")),
            new Rule(Kind.SET, Pattern.compile("\\b(hourly|daily|weekly|monthly|annually|yearly|(?:every|each) (?:hour|day|week|month|quarter|year))\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.A_UNIT, Pattern.compile("\\b(?:a|one|an\\s+additional|an\\s+extra)\\s+(year|month|week|day|decade)\\b(?!\\s+(?:ago|earlier|later|old))"
                    + "|\\ban\\s+(hour)\\b(?!\\s+(?:ago|earlier|later))",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.SEASON, Pattern.compile("\\b(?:(this past|this|last|next|the)\\s+)?(?:(early|late|mid-?)\\s*)?"
                    + "(spring|summer|fall|autumn|winter)(?:\\s+of\\s+(\\d{4}))?\\b(?!-)", Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.LAST_MONTH, Pattern.compile("\\b(?i:(last|this|next))\\s+" + MONTH_NAME + "\\b(?!\\.?\\s+\\d)")),
            new Rule(Kind.MONTH_REL_YEAR, Pattern.compile("\\b" + MONTH_NAME + "\\s+(?i:(this|last|next))\\s+(?i:year)\\b")),
            new Rule(Kind.PART_OF_DAY, Pattern.compile("\\b(?:(this|last|yesterday|tomorrow)\\s+(morning|afternoon|evening|night)|(tonight))\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Rule(Kind.CLOCK, Pattern.compile("\\b(?:(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\.?|(noon|midnight|midday))"
                    + "(?:\\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|local time))?(?:\\s+(?:on\\s+)?" + WEEKDAY
                    + "|,?\\s+(?:on\\s+)?" + MONTH + "\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4}))?(?![a-z])")),
            new Rule(Kind.EACH, Pattern.compile("\\b(?i:each|every)\\s+(?:" + WEEKDAY + "|" + MONTH_NAME + ")\\b")),
            new Rule(Kind.THE_UNIT, Pattern.compile("\\b(?i:the)\\s+(?:(full|fiscal|calendar)\\s+)?(year|week|weekend)\\b(?![-'])"
                    + "(\\s+(?:ended|ending))?")),
            new Rule(Kind.YEAR_EARLIER, Pattern.compile("\\b(?i:the)\\s+year-(?:earlier|ago)\\s+(quarter|period)\\b|\\b[Yy]ear-(?:earlier|ago)\\b")),
            new Rule(Kind.YEAR_END, Pattern.compile("\\byear[- ]end\\b")),
            // "mid-1996", "fiscal 1989": the year with the word that places it ("1989 sales" alone would be a count).
            new Rule(Kind.YEAR_PHRASE, Pattern.compile("\\b(?i:mid-|fiscal\\s+)(19\\d\\d|20[0-4]\\d)\\b(?![-,.:/]?\\d)")),
            new Rule(Kind.DECADE, Pattern.compile("\\b(?:the\\s+)?(?i:(early|late|mid-))?\\s*(19|20)(\\d)0'?s\\b")),
            // "the last decade" is the decade before the anchor's (a date); "the past decade" the ten years up to it.
            new Rule(Kind.LAST_DECADE, Pattern.compile("\\b(?:(?i:the)\\s+)?(?i:(last|past|previous))\\s+decade\\b")),
            new Rule(Kind.NAMED_DECADE, Pattern.compile("\\b(?i:the)\\s+(?i:(?:early|late|mid-)\\s*)?(?:(?i:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
                    + "|'([3-9])0s)\\b")),
            new Rule(Kind.BARE_UNITS, Pattern.compile("(?<=\\b(?i:for|in|over|within|after|take|takes|took)\\s)(years|months|weeks|days|hours|decades|centuries)\\b(?!\\s+(?:of|ago|old|earlier|later))")),
            new Rule(Kind.YEARS_QUARTER, Pattern.compile("\\b(?i:(this|last|next))\\s+year's\\s+(?:(first|second|third|fourth)\\s+)?quarter\\b"
                    + "|\\b(?i:the)\\s+((?:19|20)\\d\\d)\\s+(?:(first|second|third|fourth)\\s+quarter|period|quarter)\\b")),
            // "the third quarter of 1984", "the last half of 1989", "the first two quarters of 1990": a part of a named year.
            new Rule(Kind.PART_OF_YEAR, Pattern.compile("\\b(?:(?i:the)\\s+)?(?i:(first|second|third|fourth|last|final)\\s+(quarter|half)"
                    + "|first\\s+(two)\\s+quarters)\\s+of\\s+(?:(?i:fiscal)\\s+)?((?:19|20)\\d\\d)\\b(?![-,.:/]?\\d)")),
            // "the 20th century": TimeML writes a century as its two leading digits ("19").
            new Rule(Kind.CENTURY, Pattern.compile("\\b(?:(?i:the)\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+(?i:century)\\b(?!-)")),
            // Holidays, US first: "Thanksgiving Day", "last Christmas", "Election Day", "Easter week".
            new Rule(Kind.HOLIDAY, Pattern.compile("\\b(?:(?i:(last|this|next))\\s+)?(Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?"
                    + "|New\\s+Year's\\s+(?:Day|Eve)|Independence\\s+Day|(?:the\\s+)?Fourth\\s+of\\s+July|Election\\s+Day|Labor\\s+Day"
                    + "|Memorial\\s+Day|Veterans\\s+Day|Halloween|Valentine's\\s+Day|Easter(?:\\s+(?:Sunday|week))?)\\b")),
            new Rule(Kind.RECENT_UNITS, Pattern.compile("\\b(?i:recent)\\s+(years|months|weeks|days|decades)\\b")),
            new Rule(Kind.SPELLED_YEAR, Pattern.compile("\\b(?:" + MONTH_NAME + "\\s+)?(?:(?i:nineteen)[\\s-](" + TENS_WORDS + ")(?:[\\s-](" + UNITS_WORDS
                    + "))?|(?:the year\\s+)?two thousand(?:\\s+(?:and\\s+)?(" + UNITS_WORDS + "))?)\\b")));

    /** Words of a sentence about the past: "was", "had", "rose", "ago"... */
    private static final Pattern PAST = Pattern.compile("\\b(was|were|had|did|ago|earlier|since|rose|fell|grew|declined|increased|"
            + "decreased|reported|posted|ended|began|took|came|went|made|announced|met|held|gave|left|sent|won|lost|saw|"
            + "spoke|wrote|led|became|found|got|kept|brought|thought|sold|bought|paid|struck|fled|shot|fought|flew|chose|"
            + "drew|threw|broke|ran|sought|taught|caught|hung|swore|stood|sat|felt|heard|meant|lent|spent|built|bore|arose)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(will|'ll|set to|plans? to|planned to|planning to|scheduled|expected to|next|"
            + "upcoming|due to|would be|as soon as|as early as|could come)\\b",
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
                    + "|[Nn]ow|[Cc]urrent|[Rr]ecent|[Pp]reviously|[Ss]oon|[Ff]uture|[Pp]ast|[Qq]uarter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter"
                    + "|[Aa]nnually|[Dd]aily|[Ww]eekly|[Hh]ourly|[Mm]onthly|[Yy]early|[Pp]eriod"
                    + "|[Nn]ight|[Mm]orning|[Aa]fternoon|[Ee]vening|[Tt]onight|[Nn]oon|[Mm]idnight|[ap]\\.?m\\b|\\d{1,2}:\\d\\d"
                    + "|[Ww]eekend|[Nn]ineteen|[Tt]erm|later date|[Cc]oming|Thanksgiving|Christmas|New Year's|Independence|Fourth|Election|Labor|Memorial|Veterans|Halloween|Valentine's|Easter|[Mm]idday|(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)ties|\\d0s\\b|[Tt]housand|[Ee]ach|[Ee]very|[Cc]entur)");

    private static long bits(Kind... kinds) {
        long b = 0;
        for (Kind k : kinds) b |= 1L << k.ordinal();
        return b;
    }

    private static final long MONTH_RULES = bits(Kind.FULL_DATE, Kind.DAY_MONTH_YEAR, Kind.MONTH_DAY, Kind.MONTH_YEAR, Kind.MONTH_ALONE);
    private static final long UNIT_RULES = bits(Kind.DURATION, Kind.RELATIVE, Kind.START_OF, Kind.YEAR_AGO, Kind.A_UNIT, Kind.SET,
            Kind.THE_QUARTER);

    private static final java.util.Set<String> QUARTER_WORDS = java.util.Set.of("quarter", "period");
    private static final java.util.Set<String> PART_OF_DAY_WORDS = java.util.Set.of("night", "morning", "afternoon", "evening", "tonight");
    private static final java.util.Set<String> EACH_WORDS = java.util.Set.of("each", "every");
    private static final java.util.Set<String> SPELLED_YEAR_WORDS = java.util.Set.of("nineteen", "thousand");
    private static final java.util.Set<String> MONTH_ABBREVIATIONS = java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final java.util.Set<String> DAY_WORDS = java.util.Set.of("today", "yesterday", "tomorrow");
    private static final java.util.Set<String> REF_WORDS = java.util.Set.of("now", "current", "recent", "previously", "soon", "future", "past");
    private static final java.util.Set<String> SEASON_WORDS = java.util.Set.of("spring", "summer", "fall", "autumn", "winter");
    private static final java.util.Set<String> SET_WORDS = java.util.Set.of("annually", "daily", "weekly", "monthly", "yearly", "hourly");

    private static final java.util.Set<String> HOLIDAY_WORDS = java.util.Set.of("thanksgiving", "christmas", "new year's",
            "independence", "fourth", "election", "labor", "memorial", "veterans", "halloween", "valentine's", "easter");
    private static final java.util.Set<String> AM_PM = java.util.Set.of("am", "pm", "a.m", "p.m");
    /** Trigger words that start only the rules named for them in {@code kindsFor}, none of the base families. */
    private static final java.util.Set<String> NO_BASE = union(HOLIDAY_WORDS, java.util.Set.of("night", "morning", "afternoon",
            "evening", "tonight", "noon", "midnight", "midday", "term", "later date", "coming", "each", "every", "nineteen", "thousand",
            "centur"));

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return java.util.Set.copyOf(u);
    }

    /** "nineties": a trigger word that starts only the named-decade rule. */
    private static boolean decadeWord(String t) {
        return t.endsWith("ties");
    }

    /** Which rules a trigger word can start. */
    private static long kindsFor(String trigger) {
        String t = trigger.toLowerCase(Locale.ROOT);
        long k = baseKindsFor(trigger);
        if ((k & MONTH_RULES) != 0) k |= bits(Kind.LAST_MONTH, Kind.MONTH_REL_YEAR, Kind.EACH, Kind.SPELLED_YEAR, Kind.CLOCK);
        if (Character.isDigit(t.charAt(0))) k |= bits(Kind.DECADE, Kind.CLOCK, Kind.YEARS_QUARTER, Kind.YEAR_PHRASE, Kind.PART_OF_YEAR);
        if ((k & bits(Kind.WEEKDAY)) != 0) k |= bits(Kind.WEEKDAY_DATE, Kind.EACH, Kind.CLOCK);
        if ((k & UNIT_RULES) != 0) k |= bits(Kind.LAST_DECADE, Kind.THE_UNIT, Kind.YEAR_EARLIER, Kind.YEAR_END, Kind.RECENT_UNITS, Kind.BARE_UNITS,
                Kind.YEARS_QUARTER, Kind.EACH, Kind.MONTH_REL_YEAR, Kind.PART_OF_DAY);
        if (QUARTER_WORDS.contains(t)) k |= bits(Kind.YEARS_QUARTER, Kind.PART_OF_YEAR, Kind.DURATION);
        if (PART_OF_DAY_WORDS.contains(t)) k |= bits(Kind.PART_OF_DAY);
        if ((t.equals("noon") || t.equals("midnight") || AM_PM.contains(t)) || t.indexOf(':') > 0) k |= bits(Kind.CLOCK);
        if (EACH_WORDS.contains(t)) k |= bits(Kind.EACH, Kind.SET);
        if (SPELLED_YEAR_WORDS.contains(t)) k |= bits(Kind.SPELLED_YEAR);
        if (t.equals("centur")) k |= bits(Kind.BARE_UNITS, Kind.CENTURY);
        if (t.endsWith("ties") || t.endsWith("0s")) k |= bits(Kind.NAMED_DECADE);
        if (HOLIDAY_WORDS.contains(t)) k |= bits(Kind.HOLIDAY);
        if (t.equals("day") || t.equals("term") || t.equals("later date") || t.equals("coming")) k |= bits(Kind.REF); // "these days", "the near term"
        if (t.equals("midday")) k |= bits(Kind.CLOCK);
        return k;
    }

    private static long baseKindsFor(String trigger) {
        char c = Character.toLowerCase(trigger.charAt(0));
        String t = trigger.toLowerCase(Locale.ROOT);
        if (Character.isDigit(c)) return bits(Kind.YEAR) | MONTH_RULES;
        if (t.startsWith("mon") && !t.startsWith("month") || t.startsWith("tue") || t.startsWith("wed") || t.startsWith("thu")
                || t.startsWith("fri") || t.startsWith("sat") || t.startsWith("sun")) {
            return bits(Kind.WEEKDAY);
        }
        if (MONTH_ABBREVIATIONS.contains(t)) return MONTH_RULES;
        if (DAY_WORDS.contains(t)) return bits(Kind.TODAY);
        if (REF_WORDS.contains(t)) return bits(Kind.REF) | UNIT_RULES;
        if (QUARTER_WORDS.contains(t)) return bits(Kind.QUARTER, Kind.THE_QUARTER);
        if (SEASON_WORDS.contains(t)) return bits(Kind.SEASON);
        if (SET_WORDS.contains(t)) return bits(Kind.SET);
        if ((NO_BASE.contains(t) || AM_PM.contains(t) || decadeWord(t))
                || t.indexOf(':') > 0) return 0;
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
                    return date(span, byTense(body, m.start(), anchor, month, day, true));
                }
                case MONTH_YEAR -> {
                    if (m.group(1).equals("may")) return null;
                    return new Timex(span, "DATE", String.format("%s-%02d", m.group(2), Timestamps.month(m.group(1))));
                }
                case YEAR -> {
                    // "1999 delegates" counts; "the 1996 elections", "in 1990 terms" date. A plural noun after the
                    // number needs a determiner or preposition before it to read as a year.
                    if (PLURAL_AFTER.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 30)).lookingAt()
                            && !YEAR_BEFORE.matcher(body).region(Math.max(0, m.start() - 12), m.start()).find()) return null;
                    return new Timex(span, "DATE", m.group(1));
                }
                case WEEKDAY -> {
                    DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                    if (anchor == null) return new Timex(span, "DATE", "XXXX-WXX-" + dow.getValue());
                    return date(span, weekday(body, m.start(), anchor, dow));
                }
                case DURATION -> {
                    String n = m.group(1).toLowerCase(Locale.ROOT);
                    Integer value = number(n);
                    // "the 1988 quarter", "1990 years" of a count are rare; a year before a unit names a period of that year.
                    if (value != null && value >= 1800 && value <= 2100 && n.length() == 4) return null;
                    String unit = m.group(2).toLowerCase(Locale.ROOT);
                    // "three-quarters of the shares", "a four-quarter test": a fraction or a modifier, not a stretch of time.
                    if (unit.startsWith("quarter") && (body.charAt(m.start(2) - 1) == '-' || QUARTER_FRACTION.matcher(body).region(m.end(), body.length()).lookingAt())) {
                        return null;
                    }
                    String u = unit.startsWith("year") ? "Y" : unit.startsWith("quarter") ? "Q" : unit.startsWith("month") ? "M" : unit.startsWith("week") ? "W"
                            : unit.startsWith("day") ? "D" : unit.startsWith("decade") ? "DE" : unit.startsWith("hour") ? "H" : "MIN";
                    String v = value == null ? "X" : String.valueOf(u.equals("DE") ? value * 10 : value);
                    u = u.equals("DE") ? "Y" : u;
                    String half = !n.endsWith("1/2") ? "" : u.equals("Y") ? "6M" : u.equals("H") ? "30M" : u.equals("D") ? "12H" : "";
                    if (u.equals("D") && !half.isEmpty()) return new Timex(span, "DURATION", "P" + v + "DT" + half);
                    return new Timex(span, "DURATION", (u.equals("H") || u.equals("MIN") ? "PT" : "P") + v + (u.equals("MIN") ? "M" : u) + half);
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
                    String v = w.equals("now") || w.startsWith("current") || w.equals("these days") ? "PRESENT_REF"
                            : w.equals("soon") || w.endsWith("future") || w.endsWith("term") || w.startsWith("future") || w.endsWith("date")
                            || w.contains("coming") ? "FUTURE_REF" : "PAST_REF";
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
                    int q = (anchor.getMonthValue() - 1) / 3 + 1;
                    if (mod.equals("current")) return new Timex(span, "DATE", anchor.getYear() + "-Q" + q);
                    return q == 1 ? new Timex(span, "DATE", (anchor.getYear() - 1) + "-Q4") : new Timex(span, "DATE", anchor.getYear() + "-Q" + (q - 1));
                }
                case YEAR_AGO -> {
                    if (anchor == null) return new Timex(span, "DATE", null);
                    String n = m.group(1).toLowerCase(Locale.ROOT);
                    int k = n.equals("a") ? 1 : n.equals("ten") ? 10 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NumberWords.value(n);
                    String unit = m.group(2).toLowerCase(Locale.ROOT);
                    if (unit.startsWith("year")) return new Timex(span, "DATE", yearEarlier(body, m.start(), anchor, k));
                    if (unit.startsWith("decade")) return new Timex(span, "DATE", String.valueOf(anchor.getYear() - 10 * k));
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
                    // The anchor's own month is this year's, whatever the tense.
                    int year = month == anchor.getMonthValue() ? anchor.getYear() : byTense(body, m.start(), anchor, month, 1, false).getYear();
                    return new Timex(span, "DATE", String.format("%04d-%02d", year, month));
                }
                case SET -> {
                    String w = m.group(1).toLowerCase(Locale.ROOT);
                    String v = w.contains("hour") ? "PT1H" : w.contains("day") || w.equals("daily") ? "P1D" : w.contains("week") ? "P1W"
                            : w.contains("month") ? "P1M" : w.contains("quarter") ? "P1Q" : "P1Y";
                    return new Timex(span, "SET", v);
                }
                case A_UNIT -> {
                    // "$500 million a year", "four flights a week": a rate, not a stretch of time.
                    if (RATE_BEFORE.matcher(body).region(Math.max(0, m.start() - 40), m.start()).find()) return null;
                    if (m.group(2) != null) return new Timex(span, "DURATION", "PT1H"); // "an hour"
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
                    String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    String word = m.group(3).toLowerCase(Locale.ROOT);
                    String season = switch (word) {
                        case "spring" -> "SP";
                        case "summer" -> "SU";
                        case "winter" -> "WI";
                        default -> "FA";
                    };
                    if (m.group(4) != null) return new Timex(span, "DATE", m.group(4) + "-" + season); // "the winter of 1994"
                    // A season alone is a time only as a phrase of time: "the summer", "this past spring", "in early
                    // summer" (not "a winter storm", "to fall", "spring training").
                    if (which.isEmpty() && (word.equals("fall") || !SEASON_PREPOSITION.matcher(body)
                            .region(Math.max(0, m.start() - 8), m.start()).find())) return null;
                    // "the fall of the Berlin Wall", "the spring of discontent": a noun of its own, not a season
                    // (a year after "of" was read above).
                    if (which.equals("the") && OF_AFTER.matcher(body).region(m.end(), body.length()).lookingAt()) return null;
                    if ((which.isEmpty() || which.equals("the")) && m.end() < body.length() && LOWER_NOUN_AFTER.matcher(body).region(m.end(), body.length()).lookingAt()) {
                        return null;
                    }
                    if (anchor == null) return new Timex(span, "DATE", "XXXX-" + season);
                    int delta = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                    // "this past spring": the latest one begun by the anchor (spring from March, summer June, fall September).
                    int startMonth = switch (season) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
                    if (which.equals("this past") && startMonth > anchor.getMonthValue()) delta = -1;
                    // "the summer", "in early spring": the tense says which one when the season is not this one.
                    if (which.isEmpty() || which.equals("the")) {
                        int tense = tense(body, m.start());
                        if (tense < 0 && startMonth > anchor.getMonthValue()) delta = -1;
                        if (tense > 0 && startMonth + 2 < anchor.getMonthValue()) delta = 1;
                    }
                    return new Timex(span, "DATE", (anchor.getYear() + delta) + "-" + season);
                }
                case LAST_MONTH -> {
                    int month = Timestamps.month(m.group(2));
                    if (anchor == null) return new Timex(span, "DATE", String.format("XXXX-%02d", month));
                    String which = m.group(1).toLowerCase(Locale.ROOT);
                    int year = anchor.getYear();
                    if (which.equals("last") && month >= anchor.getMonthValue()) year--;
                    if (which.equals("next") && month <= anchor.getMonthValue()) year++;
                    return new Timex(span, "DATE", String.format("%04d-%02d", year, month));
                }
                case MONTH_REL_YEAR -> {
                    int month = Timestamps.month(m.group(1));
                    if (anchor == null) return new Timex(span, "DATE", String.format("XXXX-%02d", month));
                    String which = m.group(2).toLowerCase(Locale.ROOT);
                    int year = anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                    return new Timex(span, "DATE", String.format("%04d-%02d", year, month));
                }
                case PART_OF_DAY -> {
                    String which = m.group(3) != null ? "this" : m.group(1).toLowerCase(Locale.ROOT);
                    String part = m.group(3) != null ? "night" : m.group(2).toLowerCase(Locale.ROOT);
                    String suffix = PARTS.get(part);
                    if (anchor == null) return new Timex(span, "TIME", null);
                    LocalDate d = which.equals("last") || which.equals("yesterday") ? anchor.minusDays(1)
                            : which.equals("tomorrow") ? anchor.plusDays(1) : anchor;
                    return new Timex(span, "TIME", d + suffix);
                }
                case CLOCK -> {
                    int hour;
                    int minute = 0;
                    if (m.group(4) != null) {
                        hour = m.group(4).equalsIgnoreCase("midnight") ? 0 : 12;
                    } else {
                        hour = Integer.parseInt(m.group(1));
                        if (hour < 1 || hour > 12) return null;
                        if (m.group(2) != null) minute = Integer.parseInt(m.group(2));
                        if (minute > 59) return null;
                        if (m.group(3).equalsIgnoreCase("p") && hour < 12) hour += 12;
                        if (m.group(3).equalsIgnoreCase("a") && hour == 12) hour = 0;
                    }
                    String clock = String.format("T%02d:%02d", hour, minute);
                    if (anchor == null) return new Timex(span, "TIME", m.group(5) == null ? null
                            : "XXXX-WXX-" + DayOfWeek.valueOf(m.group(5).toUpperCase(Locale.ROOT)).getValue() + clock);
                    LocalDate d = anchor;
                    if (m.group(5) != null) {
                        d = weekday(body, m.start(), anchor, DayOfWeek.valueOf(m.group(5).toUpperCase(Locale.ROOT)));
                    } else if (m.group(6) != null) {
                        // "until 5 p.m. EST Nov. 9": the day the clock time is on.
                        int day = Integer.parseInt(m.group(7));
                        if (day < 1 || day > 31) return null;
                        d = byTense(body, m.start(), anchor, Timestamps.month(m.group(6)), day, true);
                    }
                    return new Timex(span, "TIME", d + clock);
                }
                case EACH -> {
                    if (m.group(1) != null) {
                        return new Timex(span, "SET", "XXXX-WXX-" + DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue());
                    }
                    return new Timex(span, "SET", String.format("XXXX-%02d", Timestamps.month(m.group(2))));
                }
                case THE_UNIT -> {
                    String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                    String unit = m.group(2).toLowerCase(Locale.ROOT);
                    if (unit.equals("year")) {
                        // "the year ended June 30" and "the fiscal year" are a year's span; "for the year" is this year.
                        if (m.group(3) != null || mod.equals("fiscal")) {
                            return new Timex(new TextSpan(m.start(), m.end(2)), "DURATION", "P1Y");
                        }
                        return new Timex(span, "DATE", anchor == null ? null : String.valueOf(anchor.getYear()));
                    }
                    if (m.group(3) != null || !mod.isEmpty()) return null;
                    if (anchor == null) return new Timex(span, "DATE", null);
                    return switch (unit) {
                        case "week" -> new Timex(span, "DATE", anchor.getYear() + "-WXX");
                        case "day" -> date(span, anchor);
                        default -> {
                            boolean future = FUTURE.matcher(sentenceBefore(body, m.start(), 60)).find();
                            LocalDate d = anchor.getDayOfWeek().getValue() >= 6 || future ? anchor : anchor.minusWeeks(1);
                            if (future && anchor.getDayOfWeek().getValue() < 6) d = anchor;
                            yield new Timex(span, "DATE", period("week", d, 0) + "-WE");
                        }
                    };
                }
                case YEAR_EARLIER -> {
                    if (anchor == null) return new Timex(span, "DATE", null);
                    return new Timex(span, "DATE", yearEarlier(body, m.start(), anchor, 1));
                }
                case YEAR_END -> {
                    if (anchor == null) return new Timex(span, "DATE", "XXXX-12-31");
                    int year = anchor.getMonthValue() <= 2 ? anchor.getYear() - 1 : anchor.getYear();
                    return new Timex(span, "DATE", year + "-12-31");
                }
                case RECENT_UNITS -> {
                    // "recent months" is a vague duration (PXM) in both corpora; "recent years" mostly a past reference.
                    String unit = m.group(1).toLowerCase(Locale.ROOT);
                    if (unit.equals("years") || unit.equals("decades")) return new Timex(span, "DATE", "PAST_REF");
                    return new Timex(span, "DURATION", "PX" + Character.toUpperCase(unit.charAt(0)));
                }
                case YEAR_PHRASE -> {
                    return new Timex(span, "DATE", m.group(1));
                }
                case LAST_DECADE -> {
                    if (!m.group(1).equalsIgnoreCase("last")) return new Timex(span, "DURATION", "P10Y");
                    if (anchor == null) return new Timex(span, "DATE", null);
                    return new Timex(span, "DATE", String.valueOf(anchor.getYear() / 10 - 1));
                }
                case NAMED_DECADE -> {
                    if (m.group(2) != null) return new Timex(span, "DATE", "19" + m.group(2));
                    int tens = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
                            .indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2;
                    return new Timex(span, "DATE", "19" + tens);
                }
                case DECADE -> {
                    return new Timex(span, "DATE", m.group(2) + m.group(3));
                }
                case BARE_UNITS -> {
                    String unit = m.group(1).toLowerCase(Locale.ROOT);
                    String v = switch (unit) {
                        case "years" -> "PXY";
                        case "months" -> "PXM";
                        case "weeks" -> "PXW";
                        case "days" -> "PXD";
                        case "hours" -> "PTXH";
                        case "decades" -> "PXDE";
                        default -> "PXC";
                    };
                    return new Timex(span, "DURATION", v);
                }
                case YEARS_QUARTER -> {
                    String ordinal = m.group(1) != null ? m.group(2) : m.group(4);
                    int year;
                    if (m.group(1) != null) {
                        if (anchor == null) return new Timex(span, "DATE", null);
                        String which = m.group(1).toLowerCase(Locale.ROOT);
                        year = anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                    } else {
                        year = Integer.parseInt(m.group(3));
                    }
                    if (ordinal == null) {
                        // "the 1988 period", "last year's quarter": the quarter being reported, in that year.
                        if (anchor == null) return new Timex(span, "DATE", year + "-QX");
                        int q = (anchor.getMonthValue() - 1) / 3 + 1;
                        return new Timex(span, "DATE", year + "-Q" + (q == 1 ? 4 : q - 1));
                    }
                    int q = List.of("first", "second", "third", "fourth").indexOf(ordinal.toLowerCase(Locale.ROOT)) + 1;
                    return new Timex(span, "DATE", year + "-Q" + q);
                }
                case HOLIDAY -> {
                    String name = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "");
                    if (anchor == null) return new Timex(span, "DATE", null);
                    LocalDate near = Holidays.of(name, anchor.getYear());
                    String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                    LocalDate d;
                    if (which.equals("this")) {
                        d = near;
                    } else if (which.equals("last")) {
                        d = near.isBefore(anchor) ? near : Holidays.of(name, anchor.getYear() - 1);
                    } else if (which.equals("next")) {
                        d = near.isAfter(anchor) ? near : Holidays.of(name, anchor.getYear() + 1);
                    } else {
                        // The year as for a date without one (nearest, or by the sentence's tense), then that year's holiday.
                        d = Holidays.of(name, byTense(body, m.start(), anchor, near.getMonthValue(), near.getDayOfMonth(), true).getYear());
                    }
                    if (name.equals("easter week")) {
                        return new Timex(span, "DATE", String.format("%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                    }
                    return date(span, d);
                }
                case PART_OF_YEAR -> {
                    String year = m.group(4);
                    if (m.group(3) != null) return new Timex(span, "DATE", year + "-H1");
                    String ordinal = m.group(1).toLowerCase(Locale.ROOT);
                    boolean last = ordinal.equals("last") || ordinal.equals("final");
                    if (m.group(2).equalsIgnoreCase("half")) {
                        if (ordinal.equals("third") || ordinal.equals("fourth")) return null;
                        return new Timex(span, "DATE", year + (ordinal.equals("first") ? "-H1" : "-H2"));
                    }
                    int q = last ? 4 : List.of("first", "second", "third", "fourth").indexOf(ordinal) + 1;
                    return new Timex(span, "DATE", year + "-Q" + q);
                }
                case CENTURY -> {
                    int n = Integer.parseInt(m.group(1));
                    if (n < 1 || n > 21) return null;
                    return new Timex(span, "DATE", String.format("%02d", n - 1));
                }
                case WEEKDAY_DATE -> {
                    int month = Timestamps.month(m.group(2));
                    int day = Integer.parseInt(m.group(3));
                    if (m.group(4) != null) return date(span, LocalDate.of(Integer.parseInt(m.group(4)), month, day));
                    if (anchor == null) return new Timex(span, "DATE", String.format("XXXX-%02d-%02d", month, day));
                    return date(span, closest(anchor, month, day));
                }
                case SPELLED_YEAR -> {
                    // "more than two thousand years", "two thousand dollars": a count, not the year 2000.
                    if (m.group(4) == null && SPELLED_COUNT.matcher(body).region(m.end(), body.length()).lookingAt()) return null;
                    int year;
                    if (m.group(2) != null) {
                        year = 1900 + NumberWords.value(m.group(2).toLowerCase(Locale.ROOT))
                                + (m.group(3) == null ? 0 : NumberWords.value(m.group(3).toLowerCase(Locale.ROOT)));
                    } else {
                        year = 2000 + (m.group(4) == null ? 0 : NumberWords.value(m.group(4).toLowerCase(Locale.ROOT)));
                    }
                    if (m.group(1) != null) return new Timex(span, "DATE", String.format("%04d-%02d", year, Timestamps.month(m.group(1))));
                    return new Timex(span, "DATE", String.valueOf(year));
                }
                default -> {
                    return null;
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** An amount or a counted noun right before "a year", "a week": "$2 million a year", "700 seats a week". */
    private static final Pattern RATE_BEFORE = Pattern.compile("(?:\\d|\\b(?:million|billion|thousand|percent|cents|dollars)"
            + "|%|\\d[\\d,.]*\\s+[a-z]+s|\\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+[a-z]+s)\\s+$");
    private static final Pattern THIS_YEAR_BEFORE = Pattern.compile("\\bthis year\\b(?!'s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPELLED_COUNT = Pattern.compile("\\s+(?:years|people|dollars|troops|soldiers|miles|"
            + "men|women|workers|jobs|copies|times|acres|feet|tons|pounds|more|others)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER_FRACTION = Pattern.compile("\\s+of\\b");
    private static final Pattern PLURAL_AFTER = Pattern.compile("\\s+[a-z]+[^s's]s\\b");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|his|her|our|this|that|'s|in|of|for|since|by|from|during|until|before|after)\\s+$");
    private static final Map<String, String> PARTS = Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");
    private static final Pattern QUARTER_TALK = Pattern.compile("\\bquarter(?:ly)?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "a year ago", "a year earlier", "year-earlier": in a results story that speaks of a quarter, the
     * same quarter the year before (TimeBank's convention); otherwise the year before the anchor's.
     */
    private static String yearEarlier(String body, int at, LocalDate anchor, int years) {
        // A story about a quarter says so before: in its sentence or an earlier one.
        int to = Math.min(body.length(), at + 80);
        if (QUARTER_TALK.matcher(body.substring(0, to)).find()) {
            int q = (anchor.getMonthValue() - 1) / 3 + 1;
            int year = q == 1 ? anchor.getYear() - 1 : anchor.getYear();
            int reported = q == 1 ? 4 : q - 1;
            return (year - years) + "-Q" + reported;
        }
        return String.valueOf(anchor.getYear() - years);
    }

    private static final Pattern BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the\\s+(?:first|last|past|next|latest)\\s+|the\\s+(?:end|beginning|start|middle)\\s+of\\s+|the\\s+|earlier\\s+"
                    + "|early\\s+|late\\s+|later\\s+|mid-|fiscal\\s+|(?:last|next|this\\s+coming|previous)\\s+(?=" + WEEKDAY + ")|nearly\\s+|(?:no\\s+)?more\\s+than\\s+|less\\s+than\\s+|up\\s+to\\s+))$");
    /** Expressions used as modifiers or names of a date take no "the": "the third-quarter results", "the 1987 law", "the Feb. 23 vote". */
    private static final Pattern NO_ARTICLE = Pattern.compile("^(?:\\d|" + MONTH + "\\b|" + WEEKDAY + "|[^ ]*-|(?:" + UNITS_WORDS
            + "|ten|eleven|twelve|" + TENS_WORDS + ")\\b)");
    private static final Pattern ADJECTIVE_REF = Pattern.compile("(?i)current|recent");
    private static final Pattern EARLY_LATE = Pattern.compile("(?i)(?:earlier|later|early|late)\\s+");
    private static final Pattern WEEK_OR_DAY = Pattern.compile("(?i)(?:this\\s+week\\b|" + WEEKDAY + ")");
    private static final Pattern AFTER = Pattern.compile("^\\s+(morning|afternoon|evening|night)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Takes in the modifiers TimeML counts as part of an expression: "the first nine months",
     * "earlier this year", "late November", "fiscal 1989", "Wednesday night". The value stays.
     */
    private static Timex extend(String body, Timex t) {
        int start = t.span().start();
        int end = t.span().end();
        String words = body.substring(start, end);
        // A duration takes its article ("the nine months ended Sept. 30"); "current" and "recent" as adjectives do not.
        boolean noArticle = NO_ARTICLE.matcher(words).find() && !"DURATION".equals(t.type()) || ADJECTIVE_REF.matcher(words).matches();
        for (int k = 0; k < 2; k++) {
            Matcher b = BEFORE.matcher(body).region(Math.max(0, start - 24), start).useTransparentBounds(true);
            if (!b.find()) break;
            if (noArticle && b.group().strip().equalsIgnoreCase("the")) break;
            // "earlier Friday", "later this week": AQUAINT leaves the modifier out before a weekday or "this week"
            // (10 of 11 cases), TimeBank mostly keeps it (3 cases); outside those, both mostly keep it.
            if (EARLY_LATE.matcher(b.group()).matches() && WEEK_OR_DAY.matcher(body.substring(t.span().start(), t.span().end())).lookingAt()) break;
            start = b.start();
        }
        String value = t.value();
        Matcher a = AFTER.matcher(body).region(end, Math.min(body.length(), end + 12));
        if (a.lookingAt()) {
            // The day stays the value: TimeML's part-of-day suffix ("1998-08-07TMO") is given in TimeBank but
            // mostly not in AQUAINT, and adding it lowered AQUAINT's value F1 (0.772 → 0.763, TimeBank +0.001).
            end = a.end();
        }
        if (start == t.span().start() && end == t.span().end()) return t;
        return new Timex(new TextSpan(start, end), t.type(), value);
    }

    /**
     * A month (and day) without a year: the next one when the sentence speaks of the future ("will",
     * "expected to", "next"), the last one on or before the anchor when it speaks of the past ("was",
     * "rose", "ago"), else the one nearest the anchor.
     */
    private static LocalDate byTense(String body, int at, LocalDate anchor, int month, int day, boolean dayGiven) {
        LocalDate past = null, next = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, Math.min(day, java.time.YearMonth.of(y, month).lengthOfMonth()));
            } catch (DateTimeException e) {
                continue;
            }
            if (!d.isAfter(anchor)) past = d;
            else if (next == null) next = d;
        }
        // The month just before or after the anchor's is that one, whatever the tense ("a cutback in September"
        // in an August story; "the first trading day for November" late in October).
        LocalDate near = closest(anchor, month, day);
        int months = Math.abs((near.getYear() * 12 + near.getMonthValue()) - (anchor.getYear() * 12 + anchor.getMonthValue()));
        // A day of the month two months either side, likewise: record and payment dates, deadlines, meetings.
        if (months <= 1 || dayGiven && Math.abs(near.toEpochDay() - anchor.toEpochDay()) <= 75) return near;
        // "this year through August", "earlier this year in March": the sentence has said which year.
        if (THIS_YEAR_BEFORE.matcher(sentenceBefore(body, at, 30)).find()) {
            try {
                return LocalDate.of(anchor.getYear(), month, Math.min(day, java.time.YearMonth.of(anchor.getYear(), month).lengthOfMonth()));
            } catch (DateTimeException e) {
                return near;
            }
        }
        String prep = sentenceBefore(body, at, 14).toLowerCase(Locale.ROOT);
        if (next != null && (prep.endsWith("by ") || prep.endsWith("until ") || prep.endsWith("through ") || prep.endsWith("till ")
                || prep.endsWith("effective "))) {
            return next;
        }
        int tense = tense(body, at);
        if (next != null && tense > 0) return next;
        if (past != null && tense < 0) return past;
        return near;
    }

    /**
     * The day a weekday named at {@code at} means: "last Monday" a week back when said on a Monday, "next Monday"
     * the one after; otherwise the coming one when the sentence speaks of the future ("will", "is to", "until"),
     * or when it is tomorrow and the sentence is not in the past (a week back is rarely called by its weekday
     * alone); else the latest one on or before the anchor.
     */
    private static LocalDate weekday(String body, int at, LocalDate anchor, DayOfWeek dow) {
        String before = sentenceBefore(body, at, 60);
        if (LAST_BEFORE.matcher(before).find()) return anchor.with(TemporalAdjusters.previous(dow));
        if (NEXT_BEFORE.matcher(before).find()) return anchor.with(TemporalAdjusters.next(dow));
        boolean future = futureNotPlannedThen(before) || IS_TO.matcher(before).find() || deadlineAhead(body, at, before)
                || anchor.plusDays(1).getDayOfWeek() == dow && tense(body, at) >= 0;
        return future ? anchor.with(TemporalAdjusters.nextOrSame(dow)) : anchor.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");
    private static final Pattern SEASON_PREPOSITION = Pattern.compile("\\b(?:in|during|since|until|by|through|over)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "the summer recess", "the spring training": a season as a modifier, not a time. */
    private static final Pattern LOWER_NOUN_AFTER = Pattern.compile("\\s+(?!of\\b|and\\b|or\\b|to\\b|in\\b|on\\b|at\\b|for\\b|when\\b|as\\b|that\\b|with\\b|before\\b|after\\b|is\\b|was\\b|will\\b|had\\b|has\\b)[a-z]{3,}\\b");

    /**
     * "were given until Tuesday to sign", "until 9 a.m. Tuesday": a deadline ahead; not in the past perfect
     * ("Until Thursday, they had not called him a suspect").
     */
    private static boolean deadlineAhead(String body, int at, String before) {
        if (!DEADLINE_BEFORE.matcher(before).find()) return false;
        int end = body.indexOf('.', at);
        String sentence = before + body.substring(at, end < 0 ? body.length() : Math.min(end, at + 120));
        return !HAD.matcher(sentence).find();
    }

    private static final Pattern HAD = Pattern.compile("\\bhad\\b", Pattern.CASE_INSENSITIVE);

    /** "until Tuesday", "until 9 a.m. Tuesday": a deadline ahead. */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("\\b(?:until|till)\\s+(?:at\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_BEFORE = Pattern.compile("\\b(?:last|previous)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_BEFORE = Pattern.compile("\\b(?:next|this coming|coming)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "is to resume trading in Paris Tuesday": an arrangement for the future. */
    private static final Pattern IS_TO = Pattern.compile("\\b(?:is|are)\\s+to\\s+\\w+", Pattern.CASE_INSENSITIVE);

    /** How far a cue is from the expression at {@code at}: one after it counts double (the governing verb usually comes first). */
    private static int distance(Matcher cue, int at) {
        return cue.end() <= at ? at - cue.end() : 2 * (cue.start() - at);
    }

    /** A future cue in the text, not put in the past ("will", but not "had been scheduled to"). */
    private static boolean futureNotPlannedThen(String text) {
        Matcher f = FUTURE.matcher(text);
        while (f.find()) {
            if (!PLANNED_THEN.matcher(text).region(Math.max(0, f.start() - 24), f.start()).find()) return true;
        }
        return false;
    }

    /** A future cue in the past ("was scheduled to", "had been due to"): what was planned then. */
    private static final Pattern PLANNED_THEN = Pattern.compile("\\b(?:was|were|had been|had)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADJECTIVE_BEFORE = Pattern.compile("\\b(?:a|an|the|its|his|her|their|our|this|that|still|very|more|most|newly|recently)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENT_PASSIVE_BEFORE = Pattern.compile("\\b(?:is|are|am)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:be|been|being)\\s+$", Pattern.CASE_INSENSITIVE);
    /** Any verb in the past tense: "stepped down in March". */
    private static final Pattern PAST_FORM = Pattern.compile("\\b[a-z]{3,}ed\\b");
    private static final Set<String> NOT_PAST_FORMS = Set.of("scheduled", "expected", "planned", "proposed", "intended",
            "needed", "based", "related", "limited", "united", "indeed", "speed", "breed");

    /**
     * The tense of the sentence around an expression at {@code at}: +1 future, -1 past, 0 unknown. The cue word
     * nearest the expression decides ("has been on patrol since March and was scheduled to return": "since"),
     * one before it counting double against one after (the verb governing a date usually comes first); a
     * future cue put in the past ("was scheduled to expire Friday") is past; failing cue words, a verb in
     * the past tense is.
     */
    static int tense(String body, int at) {
        int from = Math.max(0, Math.max(body.lastIndexOf(". ", at), body.lastIndexOf('\n', at)));
        int to = body.indexOf(". ", at);
        if (to < 0) to = Math.min(body.length(), at + 120);
        int nl = body.indexOf('\n', at);
        if (nl >= 0 && nl < to) to = nl;
        int best = Integer.MAX_VALUE, result = 0;
        Matcher f = FUTURE.matcher(body).region(from, to);
        while (f.find()) {
            int d = distance(f, at);
            if (d >= best) continue;
            best = d;
            boolean then = PLANNED_THEN.matcher(body).region(Math.max(from, f.start() - 24), f.start()).find();
            result = then ? -1 : 1;
        }
        Matcher p = PAST.matcher(body).region(from, to);
        while (p.find()) {
            // "would be paid": a participle after "be" carries no tense of its own.
            if (PASSIVE_BEFORE.matcher(body).region(Math.max(from, p.start() - 8), p.start()).find()) continue;
            int d = distance(p, at);
            if (d < best) {
                best = d;
                // "when the case is heard in May": a passive in the present is no past, and nearer than one.
                result = PRESENT_PASSIVE_BEFORE.matcher(body).region(Math.max(from, p.start() - 8), p.start()).find() ? 0 : -1;
            }
        }
        // Any other verb in the past tense competes too, a little behind the cue words: "issued July 1, which will".
        Matcher v = PAST_FORM.matcher(body).region(from, to);
        while (v.find()) {
            if (NOT_PAST_FORMS.contains(v.group())) continue;
            if (PASSIVE_BEFORE.matcher(body).region(Math.max(from, v.start() - 8), v.start()).find()) continue;
            // "on a still unspecified date", "the revised plan": after a determiner the -ed word is an adjective.
            if (ADJECTIVE_BEFORE.matcher(body).region(Math.max(from, v.start() - 12), v.start()).find()) continue;
            int d = 10 + distance(v, at);
            if (d < best) {
                best = d;
                result = -1;
            }
        }
        return result;
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

    /** Up to {@code max} characters before {@code at}, not reaching back past the start of its sentence. */
    private static String sentenceBefore(String body, int at, int max) {
        int from = Math.max(0, at - max);
        for (int k = at - 1; k > from; k--) {
            char c = body.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && k + 1 < at && Character.isWhitespace(body.charAt(k + 1))) {
                from = k + 1;
                break;
            }
        }
        return body.substring(from, at);
    }

    /** "12", "four", "twenty four", "twenty-four"; null for vague ones ("several", "a few"). */
    private static Integer number(String n) {
        if (Character.isDigit(n.charAt(0))) return Integer.valueOf(n.split("\\s+")[0]);
        if (n.contains("couple")) return 2;
        String[] parts = n.split("[\\s-]+");
        if (parts.length == 2 && NumberWords.value(parts[0]) != null && NumberWords.value(parts[1]) != null) {
            return NumberWords.value(parts[0]) + NumberWords.value(parts[1]);
        }
        return NumberWords.value(n);
    }

    private static Timex date(TextSpan span, LocalDate d) {
        return new Timex(span, "DATE", d.toString());
    }
}
