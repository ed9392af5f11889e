package io.pressroom.store;

import java.util.List;
import java.util.Map;

/**
 * Counts over time of articles matching each query: per interval the matching count, the total number
 * of dated articles and their ratio (the shape of Media Cloud's and GDELT's count-over-time), optionally
 * split by outlet or speaker.
 *
 * @param intervals interval labels in order ("2022-01", ...)
 * @param totals    dated articles per interval
 * @param series    query (and split value, as "query | value") to the matching count per interval
 */
public record Trend(String interval, List<String> intervals, long[] totals, Map<String, long[]> series) { }
