package io.lifeboat.drill;

import io.lifeboat.drill.ScoreCard.ActionScore;
import io.lifeboat.drill.ScoreCard.CapabilityScore;
import io.lifeboat.model.DrillRating;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a drill from what happened: for each expected action, the first evidence at or after its inject
 * fell due. Latency L and deadline D are in drill time (a run at {@code --speed 4} counts each real minute
 * as four). Credit is 1 when L ≤ D; when late, max(0, 1 − (L − D)/(k·D)) with k the drill's late window
 * (default 1); 0 when missed.
 */
public final class Scorer {
    private Scorer() {
    }

    public static ScoreCard score(Drill drill, long startedMs, int speed, List<Occurrence> happened,
                                  Map<String, DrillRating> overrides) {
        List<Occurrence> byTime = new ArrayList<>(happened);
        byTime.sort(Comparator.comparingLong(Occurrence::atMs));
        List<ActionScore> actions = new ArrayList<>();
        for (Expected e : drill.expected()) {
            Inject inject = drill.inject(e.after()).orElseThrow();
            long injectMs = startedMs + inject.at().toMillis() / speed;
            Occurrence first = byTime.stream()
                    .filter(o -> o.atMs() >= injectMs)
                    .filter(o -> o.isLog() ? o.expectedId().equals(e.id()) : e.evidence().matches(o.action(), o.details()))
                    .findFirst().orElse(null);
            long deadlineMs = e.within().toMillis();
            if (first == null) {
                actions.add(new ActionScore(e.id(), e.capability(), e.critical(), e.weight(), injectMs,
                        deadlineMs / 1000, null, null, 0, ActionScore.MISSED, e.evidence().describe(), null, null));
                continue;
            }
            long latency = (first.atMs() - injectMs) * speed;
            double credit = credit(latency, deadlineMs, drill.scoring().lateWindow());
            actions.add(new ActionScore(e.id(), e.capability(), e.critical(), e.weight(), injectMs, deadlineMs / 1000,
                    first.atMs(), latency, credit, latency <= deadlineMs ? ActionScore.ON_TIME : ActionScore.LATE,
                    first.isLog() ? "manual" : first.action(), first.actor(),
                    first.note() != null ? first.note() : noteOf(first)));
        }
        Map<String, List<ActionScore>> byCapability = new LinkedHashMap<>();
        for (ActionScore a : actions) byCapability.computeIfAbsent(a.capability(), k -> new ArrayList<>()).add(a);
        List<CapabilityScore> capabilities = new ArrayList<>();
        for (Map.Entry<String, List<ActionScore>> c : byCapability.entrySet()) {
            List<ActionScore> list = c.getValue();
            double score = share(list);
            boolean criticalLateOrMissed = list.stream().anyMatch(a -> a.critical() && !ActionScore.ON_TIME.equals(a.status()));
            boolean criticalMissed = list.stream().anyMatch(a -> a.critical() && ActionScore.MISSED.equals(a.status()));
            String computed = Rating.of(score, criticalLateOrMissed, criticalMissed, drill.scoring());
            DrillRating o = overrides.get(c.getKey());
            capabilities.add(new CapabilityScore(c.getKey(), score, computed, o == null ? computed : o.rating(), o));
        }
        return new ScoreCard(100 * share(actions), capabilities, actions);
    }

    /** Credit for latency {@code l} against deadline {@code d} (same unit), late window factor {@code k}. */
    public static double credit(long l, long d, double k) {
        if (l <= d) return 1;
        return Math.max(0, 1 - (double) (l - d) / (k * d));
    }

    private static double share(List<ActionScore> actions) {
        double weights = 0;
        double credits = 0;
        for (ActionScore a : actions) {
            weights += a.weight();
            credits += a.weight() * a.credit();
        }
        return weights == 0 ? 0 : credits / weights;
    }

    private static String noteOf(Occurrence o) {
        Object note = o.details().get("note");
        return note == null ? null : note.toString();
    }
}
