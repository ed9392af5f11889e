package io.pressroom.quote;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.quote.Tokens.Tok;
import io.pressroom.time.TimeExpressions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The date words were said, when the attribution gives one ("said Friday", "on Thursday (Seoul
 * time) hinted"), resolved against the story's date: the dateline's date when there is one (the day
 * the story was filed), else the publication date. A weekday means the latest such day on or before
 * it (news is written in the past tense). Without a date of its own, a quote takes the date of the
 * same speaker's previous quote in the article (same event); without an anchor nothing is dated.
 * A minimal resolver: the time-expression stage will bring full normalisation.
 */
final class SaidOn {

    private SaidOn() { }

    static List<Quote> date(Article a, List<Quote> quotes) {
        LocalDate anchor = TimeExpressions.anchor(a);
        if (anchor == null) return quotes;
        List<Quote> out = new ArrayList<>(quotes.size());
        Map<String, LocalDate> bySpeaker = new HashMap<>();
        List<Quote> byPosition = new ArrayList<>(quotes);
        byPosition.sort((x, y) -> Integer.compare(x.content().start(), y.content().start()));
        Map<Quote, LocalDate> dates = new java.util.IdentityHashMap<>();
        for (Quote q : byPosition) {
            LocalDate d = q.cue() == null ? null : near(a.body(), q, anchor);
            if (d == null && q.speaker() != null) d = bySpeaker.get(q.speaker());
            if (d != null && q.speaker() != null) bySpeaker.putIfAbsent(q.speaker(), d);
            dates.put(q, d);
        }
        for (Quote q : quotes) out.add(q.withSaidOn(dates.get(q)));
        return out;
    }

    /** A weekday, "today" or "yesterday" next to the cue or between speaker and cue. */
    private static LocalDate near(String body, Quote q, LocalDate anchor) {
        int from = q.speakerMention() != null ? Math.min(q.speakerMention().end(), q.cue().start()) : q.cue().start();
        int to = Math.min(body.length(), q.cue().end() + 40);
        List<Tok> toks = Tokens.of(body, from, to);
        int afterCue = 0;
        for (Tok t : toks) {
            if (t.start() >= q.cue().end()) afterCue++;
            if (afterCue > 4 || t.is(".") || t.isQuoteMark()) break;
            String l = t.lower();
            if (Words.WEEKDAYS.contains(l)) {
                DayOfWeek dow = DayOfWeek.valueOf(l.toUpperCase(Locale.ROOT));
                return anchor.with(TemporalAdjusters.previousOrSame(dow));
            }
            if (l.equals("today")) return anchor;
            if (l.equals("yesterday")) return anchor.minusDays(1);
        }
        return null;
    }
}
