package io.lifeboat.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lifeboat.drill.ScoreCard.ActionScore;
import io.lifeboat.drill.ScoreCard.CapabilityScore;
import io.lifeboat.model.DrillRating;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scoring formula at its edges, capability capping, overrides and drill time. */
class ScorerTest {
    static final long START = Instant.parse("2026-07-01T00:00:00Z").toEpochMilli();
    static final long HOUR = 3_600_000;

    static Drill drill(Scoring scoring, Expected... expected) {
        Inject opening = new Inject("go", Duration.ZERO, Map.of("en", "go"), List.of("region:HK"), Duration.ZERO,
                Duration.ofHours(24), null);
        Inject later = new Inject("later", Duration.ofMinutes(30), Map.of("en", "later"), List.of(), null, null, null);
        return new Drill("t", "typhoon", "typhoon", "2026Q3", "functional", Map.of(), List.of(opening, later),
                List.of(expected), scoring, "t.yaml");
    }

    static Expected task(String id, String capability, double weight, boolean critical) {
        return new Expected(id, capability, "go", Duration.ofHours(1), weight, critical,
                new Evidence("task.done", Map.of("task", id)));
    }

    static Occurrence done(String task, long atMs) {
        return new Occurrence(atMs, "alice", "task.done", Map.of("task", task, "late_s", 0), null, null);
    }

    static ActionScore only(ScoreCard c) {
        assertThat(c.actions()).hasSize(1);
        return c.actions().get(0);
    }

    @Test
    void exactlyOnTimeIsFullCredit() {
        ScoreCard c = Scorer.score(drill(Scoring.DEFAULT, task("a", "reassurance", 1, false)), START, 1,
                List.of(done("a", START + HOUR)), Map.of());
        assertThat(only(c).credit()).isEqualTo(1.0);
        assertThat(only(c).status()).isEqualTo(ActionScore.ON_TIME);
        assertThat(only(c).latencyMs()).isEqualTo(HOUR);
        assertThat(c.score()).isEqualTo(100.0);
        assertThat(c.capabilities().get(0).rating()).isEqualTo(Rating.P);
    }

    @Test
    void oneSecondLateLosesOneSecondInD() {
        ScoreCard c = Scorer.score(drill(Scoring.DEFAULT, task("a", "reassurance", 1, false)), START, 1,
                List.of(done("a", START + HOUR + 1000)), Map.of());
        assertThat(only(c).status()).isEqualTo(ActionScore.LATE);
        assertThat(only(c).credit()).isCloseTo(1 - 1.0 / 3600, within(1e-12));
        assertThat(c.capabilities().get(0).rating()).isEqualTo(Rating.P);
    }

    @Test
    void twiceTheDeadlineGivesNothingAndLaterStaysAtZero() {
        ScoreCard twice = Scorer.score(drill(Scoring.DEFAULT, task("a", "reassurance", 1, false)), START, 1,
                List.of(done("a", START + 2 * HOUR)), Map.of());
        assertThat(only(twice).credit()).isZero();
        assertThat(only(twice).status()).isEqualTo(ActionScore.LATE);
        ScoreCard thrice = Scorer.score(drill(Scoring.DEFAULT, task("a", "reassurance", 1, false)), START, 1,
                List.of(done("a", START + 3 * HOUR)), Map.of());
        assertThat(only(thrice).credit()).isZero();
        ScoreCard half = Scorer.score(drill(Scoring.DEFAULT, task("a", "reassurance", 1, false)), START, 1,
                List.of(done("a", START + HOUR + HOUR / 2)), Map.of());
        assertThat(only(half).credit()).isEqualTo(0.5);
    }

    @Test
    void missedIsZeroAndEvidenceBeforeTheInjectDoesNotCount() {
        Expected afterLater = new Expected("b", "reassurance", "later", Duration.ofHours(1), 1, false,
                new Evidence("task.done", Map.of("task", "b")));
        ScoreCard c = Scorer.score(drill(Scoring.DEFAULT, afterLater), START, 1,
                List.of(done("b", START + 10 * 60_000), done("other", START + HOUR)), Map.of());
        assertThat(only(c).status()).isEqualTo(ActionScore.MISSED);
        assertThat(only(c).credit()).isZero();
        assertThat(only(c).doneMs()).isNull();
        assertThat(c.score()).isZero();
        assertThat(c.capabilities().get(0).rating()).isEqualTo(Rating.U);
    }

    @Test
    void firstEvidenceCountsWhetherAuditOrLogged() {
        ScoreCard c = Scorer.score(drill(Scoring.DEFAULT, task("a", "reassurance", 1, false)), START, 1,
                List.of(done("a", START + 3 * HOUR), Occurrence.logged("a", START + 20 * 60_000, "bob", "called")),
                Map.of());
        assertThat(only(c).doneMs()).isEqualTo(START + 20 * 60_000);
        assertThat(only(c).evidence()).isEqualTo("manual");
        assertThat(only(c).note()).isEqualTo("called");
    }

    @Test
    void criticalMissedCapsTheCapabilityAtM() {
        // 9 of 10 weight on time: 0.9 would be P, but the missed critical action caps at M.
        ScoreCard c = Scorer.score(drill(Scoring.DEFAULT, task("big", "resource-allocation", 9, false),
                task("crit", "resource-allocation", 1, true)), START, 1, List.of(done("big", START + 60_000)), Map.of());
        CapabilityScore cap = c.capabilities().get(0);
        assertThat(cap.score()).isCloseTo(0.9, within(1e-12));
        assertThat(cap.rating()).isEqualTo(Rating.M);
        // The same miss on a non-critical action leaves it P.
        ScoreCard relaxed = Scorer.score(drill(Scoring.DEFAULT, task("big", "resource-allocation", 9, false),
                task("crit", "resource-allocation", 1, false)), START, 1, List.of(done("big", START + 60_000)), Map.of());
        assertThat(relaxed.capabilities().get(0).rating()).isEqualTo(Rating.P);
        // A capability already below M stays below.
        ScoreCard worse = Scorer.score(drill(Scoring.DEFAULT, task("crit", "reassurance", 1, true)), START, 1,
                List.of(), Map.of());
        assertThat(worse.capabilities().get(0).rating()).isEqualTo(Rating.U);
    }

    @Test
    void criticalLateKeepsAFullScoreFromP() {
        ScoreCard c = Scorer.score(drill(Scoring.DEFAULT, task("a", "reassurance", 99, false),
                task("crit", "reassurance", 1, true)), START, 1,
                List.of(done("a", START), done("crit", START + HOUR + 1000)), Map.of());
        assertThat(c.capabilities().get(0).score()).isGreaterThan(0.99);
        assertThat(c.capabilities().get(0).rating()).isEqualTo(Rating.S);
    }

    @Test
    void ratingThresholdsAndOverrideKeptBesideTheComputedRating() {
        Scoring s = Scoring.DEFAULT;
        assertThat(Rating.of(0.9, false, false, s)).isEqualTo("P");
        assertThat(Rating.of(0.8999, false, false, s)).isEqualTo("S");
        assertThat(Rating.of(0.7, false, false, s)).isEqualTo("S");
        assertThat(Rating.of(0.6999, false, false, s)).isEqualTo("M");
        assertThat(Rating.of(0.4, false, false, s)).isEqualTo("M");
        assertThat(Rating.of(0.3999, false, false, s)).isEqualTo("U");
        assertThat(Rating.of(1.0, true, true, s)).isEqualTo("M");
        DrillRating o = new DrillRating(1, "reassurance", "S", "hotline rang unanswered twice", "eva", START);
        ScoreCard c = Scorer.score(drill(s, task("a", "reassurance", 1, false)), START, 1, List.of(done("a", START)),
                Map.of("reassurance", o));
        CapabilityScore cap = c.capabilities().get(0);
        assertThat(cap.computedRating()).isEqualTo("P");
        assertThat(cap.rating()).isEqualTo("S");
        assertThat(cap.override().reason()).isEqualTo("hotline rang unanswered twice");
        assertThat(c.score()).isEqualTo(100.0);
    }

    @Test
    void scoringOverridesChangeTheLateWindowAndThresholds() {
        Scoring lenient = new Scoring(0.8, 0.5, 0.2, 2.0);
        ScoreCard c = Scorer.score(drill(lenient, task("a", "reassurance", 1, false)), START, 1,
                List.of(done("a", START + 2 * HOUR)), Map.of());
        assertThat(only(c).credit()).isEqualTo(0.5);
        assertThat(c.capabilities().get(0).rating()).isEqualTo(Rating.S);
    }

    @Test
    void speedCountsDrillTime() {
        // At speed 4 the inject at 30 min falls 7.5 real minutes in, and 20 real minutes are 80 drill minutes.
        Expected e = new Expected("b", "reassurance", "later", Duration.ofHours(1), 1, false,
                new Evidence("task.done", Map.of("task", "b")));
        long injectMs = START + 450_000;
        ScoreCard c = Scorer.score(drill(Scoring.DEFAULT, e), START, 4, List.of(done("b", injectMs + 20 * 60_000)), Map.of());
        assertThat(only(c).injectMs()).isEqualTo(injectMs);
        assertThat(only(c).latencyMs()).isEqualTo(80 * 60_000L);
        assertThat(only(c).credit()).isCloseTo(1 - 20.0 / 60, within(1e-12));
    }

    @Test
    void evidenceMatchesActionAndDetails() {
        Evidence regulator = new Evidence("notify.export", Map.of("audience", "regulator"));
        assertThat(regulator.matches("notify.export", Map.of("audience", "regulator", "format", "pdf"))).isTrue();
        assertThat(regulator.matches("notify.export", Map.of("audience", "travelers"))).isFalse();
        assertThat(regulator.matches("notify.approve", Map.of("audience", "regulator"))).isFalse();
        assertThat(new Evidence("realloc.accept", Map.of()).matches("realloc.accept", Map.of("placed", 40))).isTrue();
        assertThat(new Evidence("manual", Map.of()).matches("manual", Map.of())).isFalse();
        assertThat(regulator.describe()).isEqualTo("notify.export:regulator");
    }

    @Test
    void randomDrillsKeepCreditsScoresAndRatingsInRange() {
        Random random = new Random(20260701);
        String[] caps = {"reassurance", "resource-allocation", "info-sync-travelers"};
        for (int run = 0; run < 500; run++) {
            List<Expected> expected = new ArrayList<>();
            List<Occurrence> happened = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                String id = "a" + i;
                expected.add(task(id, caps[random.nextInt(caps.length)], 0.5 + random.nextInt(4), random.nextBoolean()));
                if (random.nextInt(4) > 0) happened.add(done(id, START + (long) (random.nextDouble() * 3 * HOUR)));
            }
            ScoreCard c = Scorer.score(drill(Scoring.DEFAULT, expected.toArray(Expected[]::new)), START, 1, happened, Map.of());
            assertThat(c.score()).isBetween(0.0, 100.0);
            double weights = 0;
            double credits = 0;
            for (ActionScore a : c.actions()) {
                assertThat(a.credit()).isBetween(0.0, 1.0);
                assertThat(a.credit() == 1.0).isEqualTo(ActionScore.ON_TIME.equals(a.status()));
                weights += a.weight();
                credits += a.weight() * a.credit();
            }
            assertThat(c.score()).isCloseTo(100 * credits / weights, within(1e-9));
            for (CapabilityScore cap : c.capabilities()) {
                boolean criticalMissed = c.actions().stream().anyMatch(a -> a.capability().equals(cap.capability())
                        && a.critical() && !a.done());
                if (criticalMissed) assertThat(Rating.rank(cap.rating())).isGreaterThanOrEqualTo(Rating.rank(Rating.M));
            }
            // Credit never rises as the action comes later.
            long d = HOUR;
            long l1 = (long) (random.nextDouble() * 3 * d);
            long l2 = l1 + (long) (random.nextDouble() * d);
            assertThat(Scorer.credit(l2, d, 1)).isLessThanOrEqualTo(Scorer.credit(l1, d, 1));
        }
    }
}
