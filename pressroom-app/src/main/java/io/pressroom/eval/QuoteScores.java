package io.pressroom.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The quote metrics of the field, as ../shared/data/polnear/score.py computes them, so that
 * {@code pressroom eval quotes} prints figures directly: GenderGapTracker-style overlap F1 (a gold quote
 * is found when a prediction covers more than a threshold share of its characters) with speaker and
 * cue accuracy, and CITRON-style exact-span F1 for sources and contents (on characters).
 */
public final class QuoteScores {

    /** One quotation, gold or predicted: content spans, speaker span (may be null), cue span and text. */
    public record Q(int start, int end, List<int[]> contentSpans, int[] speaker, int[] cue, String cueText) { }

    public record Prf(double precision, double recall, double f1) {
        public static Prf of(long tp, long fp, long fn) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f", precision, recall, f1);
        }
    }

    public record Overlap(Prf prf, double speakerAccuracy, double cueAccuracy) { }

    private QuoteScores() { }

    public static Overlap overlap(Map<String, List<Q>> gold, Map<String, List<Q>> pred, double threshold) {
        long tp = 0, fp = 0, fn = 0, speakerOk = 0, cueOk = 0;
        for (var e : gold.entrySet()) {
            List<Q> rest = new ArrayList<>(pred.getOrDefault(e.getKey(), List.of()));
            for (Q g : e.getValue()) {
                int len = g.end() - g.start();
                Q best = null;
                double bestScore = 0;
                for (Q p : rest) {
                    double score = len == 0 ? 0 : (double) Math.max(0, Math.min(g.end(), p.end()) - Math.max(g.start(), p.start())) / len;
                    if (score > threshold && score > bestScore) {
                        best = p;
                        bestScore = score;
                    }
                }
                if (best == null) {
                    fn++;
                    continue;
                }
                rest.remove(best);
                tp++;
                int[] gs = g.speaker();
                int[] ps = best.speaker();
                if (gs != null && ps != null && Math.min(gs[1], ps[1]) > Math.max(gs[0], ps[0]) || gs == null && ps == null) speakerOk++;
                String gc = g.cueText() == null ? "" : g.cueText().strip().toLowerCase();
                String pc = best.cueText() == null ? "" : best.cueText().strip().toLowerCase();
                if (gc.equals(pc)) cueOk++;
            }
            fp += rest.size();
        }
        return new Overlap(Prf.of(tp, fp, fn), tp == 0 ? 0 : (double) speakerOk / tp, tp == 0 ? 0 : (double) cueOk / tp);
    }

    /** CITRON exact match for "source" or "content": the cue spans overlap and the role's spans are identical. */
    public static Prf exact(Map<String, List<Q>> gold, Map<String, List<Q>> pred, String role) {
        long tp = 0, fp = 0, fn = 0;
        for (var e : gold.entrySet()) {
            List<Q> g = e.getValue();
            List<Q> p = pred.getOrDefault(e.getKey(), List.of());
            for (Q x : p) {
                if (g.stream().anyMatch(y -> match(x, y, role))) tp++;
                else fp++;
            }
            for (Q y : g) {
                if (p.stream().noneMatch(x -> match(x, y, role))) fn++;
            }
        }
        return Prf.of(tp, fp, fn);
    }

    private static boolean match(Q p, Q a, String role) {
        if (p.cue() == null || a.cue() == null || !(p.cue()[0] <= a.cue()[1] && p.cue()[1] > a.cue()[0])) return false;
        if (role.equals("source")) return Objects.equals(key(p.speaker()), key(a.speaker()));
        List<String> ps = p.contentSpans().stream().map(QuoteScores::key).toList();
        List<String> as = a.contentSpans().stream().map(QuoteScores::key).toList();
        return ps.equals(as);
    }

    private static String key(int[] span) {
        return span == null ? "none" : span[0] + ":" + span[1];
    }
}
