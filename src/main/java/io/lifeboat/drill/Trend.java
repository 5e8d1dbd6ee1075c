package io.lifeboat.drill;

import io.lifeboat.drill.ScoreCard.ActionScore;
import io.lifeboat.drill.ScoreCard.CapabilityScore;
import io.lifeboat.model.DrillRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Quarters compared: one point per quarter and drill (its latest ended run), its score and ratings, the
 * median and worst latency per duty, and the findings (late or missed actions) that repeat across quarters.
 */
public record Trend(List<Point> points, List<Finding> repeated) {

    /** The three drilled duties: information sync (to travelers, suppliers, regulator), reassurance, allocation. */
    public static String duty(String capability) {
        return capability.startsWith("info-sync") ? "information-sync" : capability;
    }

    /** One quarter's drill. */
    public record Point(String quarter, String scenario, String drill, long run, double score,
                        Map<String, String> ratings, Map<String, Latency> latency, List<ActionScore> actions) {
    }

    /** Median and worst latency (seconds, drill time) of a duty's done actions, and how many were missed. */
    public record Latency(Long medianS, Long worstS, int missed) {
    }

    /** An action late or missed in more than one quarter. */
    public record Finding(String expected, String capability, List<String> quarters) {
    }

    /** Runs with their score cards, in any order; runs still going are left out. */
    public static Trend of(List<Map.Entry<DrillRun, ScoreCard>> scored) {
        Map<String, Map.Entry<DrillRun, ScoreCard>> latest = new LinkedHashMap<>();
        List<Map.Entry<DrillRun, ScoreCard>> ended = new ArrayList<>(scored.stream().filter(e -> !e.getKey().running()).toList());
        ended.sort(Comparator.comparingInt((Map.Entry<DrillRun, ScoreCard> e) -> DrillLoader.quarterIndex(e.getKey().quarter()))
                .thenComparingLong(e -> e.getKey().startedMs()));
        for (var e : ended) latest.put(e.getKey().quarter() + "/" + e.getKey().drillId(), e);
        List<Point> points = new ArrayList<>();
        for (var e : latest.values()) {
            DrillRun r = e.getKey();
            ScoreCard c = e.getValue();
            Map<String, String> ratings = new LinkedHashMap<>();
            for (CapabilityScore cs : c.capabilities()) ratings.put(cs.capability(), cs.rating());
            points.add(new Point(r.quarter(), r.scenario(), r.drillId(), r.id(), c.score(), ratings, latency(c), c.actions()));
        }
        return new Trend(points, repeated(points));
    }

    private static Map<String, Latency> latency(ScoreCard c) {
        Map<String, List<Long>> done = new TreeMap<>();
        Map<String, Integer> missed = new TreeMap<>();
        for (ActionScore a : c.actions()) {
            String duty = duty(a.capability());
            done.computeIfAbsent(duty, k -> new ArrayList<>());
            missed.merge(duty, a.done() ? 0 : 1, Integer::sum);
            if (a.done()) done.get(duty).add(a.latencyMs() / 1000);
        }
        Map<String, Latency> out = new LinkedHashMap<>();
        for (var e : done.entrySet()) {
            List<Long> l = e.getValue();
            l.sort(null);
            Long median = l.isEmpty() ? null : l.size() % 2 == 1 ? l.get(l.size() / 2)
                    : (l.get(l.size() / 2 - 1) + l.get(l.size() / 2)) / 2;
            out.put(e.getKey(), new Latency(median, l.isEmpty() ? null : l.get(l.size() - 1), missed.get(e.getKey())));
        }
        return out;
    }

    private static List<Finding> repeated(List<Point> points) {
        Map<String, Finding> byAction = new LinkedHashMap<>();
        for (Point p : points) {
            for (ActionScore a : p.actions()) {
                if (ActionScore.ON_TIME.equals(a.status())) continue;
                Finding f = byAction.computeIfAbsent(a.id() + "/" + a.capability(),
                        k -> new Finding(a.id(), a.capability(), new ArrayList<>()));
                if (!f.quarters().contains(p.quarter())) f.quarters().add(p.quarter());
            }
        }
        return byAction.values().stream().filter(f -> f.quarters().size() > 1)
                .map(f -> new Finding(f.expected(), f.capability(), List.copyOf(f.quarters()))).toList();
    }

    public Point latest() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    public Point previous() {
        return points.size() < 2 ? null : points.get(points.size() - 2);
    }

    /**
     * Why the latest score is a regression, or null: below {@code failBelow}, or more than {@code margin}
     * points below the previous quarter's.
     */
    public String regression(Double failBelow, double margin) {
        Point last = latest();
        if (last == null) return null;
        if (failBelow != null && last.score() < failBelow) {
            return String.format(java.util.Locale.ROOT, "%s scored %.1f, below %.1f", last.quarter(), last.score(), failBelow);
        }
        Point prev = previous();
        if (failBelow != null && prev != null && last.score() < prev.score() - margin) {
            return String.format(java.util.Locale.ROOT, "%s scored %.1f, %.1f below %s (%.1f; margin %.1f)",
                    last.quarter(), last.score(), prev.score() - last.score(), prev.quarter(), prev.score(), margin);
        }
        return null;
    }

    /** A compact terminal sparkline of the scores (0..100): ▁ for 0, █ for 100. */
    public static String sparkline(List<Double> scores) {
        String bars = "▁▂▃▄▅▆▇█";
        StringBuilder sb = new StringBuilder();
        for (double s : scores) {
            int i = (int) Math.round(Math.max(0, Math.min(100, s)) / 100 * (bars.length() - 1));
            sb.append(bars.charAt(i));
        }
        return sb.toString();
    }
}
