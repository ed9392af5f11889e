package io.pressroom.store;

import java.util.List;

/**
 * One dated event on the timeline, with every article that reports it.
 *
 * @param value     the date (TimeML: 2017-09-03, 2017-09, 2017)
 * @param precision day, month or year
 * @param text      the sentence of its earliest report
 * @param actors    the people, organisations and places named, over all reports
 * @param sources   each report: article, headline, outlet, publication time and the offsets of the sentence and date
 */
public record TimelineEntry(String value, String precision, String text, List<String> actors, List<Source> sources) {

    public record Source(String articleId, String headline, String outlet, String published, int start, int end,
                         int timeStart, int timeEnd) { }
}
