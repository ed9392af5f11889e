package io.pressroom.entity;

import io.pressroom.model.Article;
import io.pressroom.model.Event;
import io.pressroom.model.Mention;
import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.model.Timex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dated events: a sentence that names at least one person, organisation or place and holds a date
 * resolved to a year, month or day ("North Korea conducted its sixth nuclear test in September
 * 2017"). The date that only says when words were spoken ("Kirby said Tuesday") dates the quotation,
 * not an event, and is left out; so are undated and relative-only expressions ("recently").
 */
final class Events {
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** At most this many words between a cue and the date of its saying: "said Tuesday", "told reporters on Tuesday". */
    private static final int SAID_ON_GAP_WORDS = 3;

    private Events() { }

    static List<Event> find(Article article, List<EntityTokens.Sentence> sentences, List<Mention> mentions) {
        if (article.timexes().isEmpty() || mentions.isEmpty()) return List.of();
        List<Event> out = new ArrayList<>();
        String body = article.body();
        int ti = 0, mi = 0;
        List<Timex> timexes = article.timexes();
        // The dateline's date ("WASHINGTON, Jan. 21 (Yonhap) --") is when the story was filed, not an event.
        int datelineEnd = article.dateline() != null && body.startsWith(article.dateline()) ? article.dateline().length() : 0;
        for (EntityTokens.Sentence s : sentences) {
            TextSpan span = s.span();
            while (ti < timexes.size() && timexes.get(ti).span().start() < span.start()) ti++;
            if (ti >= timexes.size()) break;
            if (timexes.get(ti).span().start() >= span.end()) continue;
            while (mi < mentions.size() && mentions.get(mi).span().start() < span.start()) mi++;
            Set<String> actors = actors(span, mentions, mi, body);
            if (actors.isEmpty()) continue;
            for (int k = ti; k < timexes.size() && timexes.get(k).span().end() <= span.end(); k++) {
                Timex t = timexes.get(k);
                if (!"DATE".equals(t.type()) || t.value() == null || !CALENDAR.matcher(t.value()).matches()) continue;
                if (t.span().end() <= datelineEnd || datesSaying(body, t.span(), article.quotes(), span)) continue;
                // A sentence of two dated clauses gives each event the actors of its own clause.
                Set<String> own = actors(clause(body, span, t.span()), mentions, mi, body);
                out.add(new Event(span, t.span(), t.value(), List.copyOf(own.isEmpty() ? actors : own)));
            }
        }
        return out;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|, (?:and|but|while|whereas) |, after |, before ");

    /** The clause of a sentence that holds a date, cut at semicolons and at ", and", ", but", ", while". */
    private static TextSpan clause(String body, TextSpan sentence, TextSpan time) {
        int start = sentence.start(), end = sentence.end();
        var m = CLAUSE_BREAK.matcher(body).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (m.end() <= time.start()) start = m.end();
            else if (m.start() >= time.end()) {
                end = m.start();
                break;
            }
        }
        return new TextSpan(start, end);
    }

    /** The people, organisations and places named in a span, by resolved name, in order. */
    private static Set<String> actors(TextSpan span, List<Mention> mentions, int from, String body) {
        Set<String> actors = new LinkedHashSet<>();
        for (int k = from; k < mentions.size() && mentions.get(k).span().start() < span.end(); k++) {
            Mention m = mentions.get(k);
            if (m.span().start() < span.start()) continue;
            if (!m.type().equals(Mention.MISC)) actors.add(m.name());
            else if (m.name().indexOf('-') > 0) actors.addAll(compoundParts(m.name(), mentions, body));
        }
        return actors;
    }

    /** "Trump-Kim" (summit): the people and places of the article that its parts name. */
    private static List<String> compoundParts(String compound, List<Mention> mentions, String body) {
        List<String> out = new ArrayList<>();
        for (String part : compound.split("-")) {
            for (Mention m : mentions) {
                if (m.type().equals(Mention.MISC)) continue;
                String name = m.name();
                boolean names = name.equals(part) || name.startsWith(part + " ") || name.endsWith(" " + part)
                        || part.equals(m.span().of(body));
                if (names) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the date sits right next to an attribution cue of the same sentence, dating the words said. */
    private static boolean datesSaying(String body, TextSpan time, List<Quote> quotes, TextSpan sentence) {
        for (Quote q : quotes) {
            TextSpan cue = q.cue();
            if (cue == null || cue.start() < sentence.start() || cue.end() > sentence.end()) continue;
            if (cue.end() <= time.start() && closeBy(body, cue.end(), time.start())) return true;
            if (time.end() <= cue.start() && closeBy(body, time.end(), cue.start())) return true;
        }
        return false;
    }

    private static boolean closeBy(String body, int from, int to) {
        String gap = body.substring(from, to).strip();
        if (gap.isEmpty()) return true;
        if (!gap.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.')) return false;
        return gap.split("\\s+").length <= SAID_ON_GAP_WORDS;
    }
}
