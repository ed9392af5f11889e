package io.pressroom.store;

import java.util.Map;

/**
 * What the index holds.
 *
 * @param earliest earliest publication time stated by any article, as printed (local wall clock), or null
 * @param latest   latest publication time stated, or null
 * @param speakers resolved quote speakers with the number of articles quoting them
 */
public record IndexStats(long articles, long withDate, String earliest, String latest, Map<String, Long> agencies,
                         Map<String, Long> outlets, Map<String, Long> speakers, long bytesOnDisk) { }
