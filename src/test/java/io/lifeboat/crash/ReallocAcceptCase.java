package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.util.List;

/**
 * {@code realloc accept} of a fresh incident's plan each iteration: whatever the moment of death, a plan is
 * accepted with all its reservations or not accepted with none, reservations equal the plan's placed units
 * per supplier, and no supplier is reserved beyond its capacity; re-running accepts it exactly once.
 */
final class ReallocAcceptCase implements CrashCase {
    private final CliRun cli;
    private final String location;
    private long incident;

    ReallocAcceptCase(CliRun cli) {
        this.cli = cli;
        cli.withFixtures();
        this.location = cli.db();
    }

    @Override
    public String name() {
        return "realloc accept";
    }

    @Override
    public String prepare(int iteration) {
        // Earlier plans stay accepted and their incidents open: each new plan competes for what is left.
        CliRun.Result r = cli.raw("--db", location, "incident", "open", "--force", "--playbook", "typhoon", "--area",
                "region:CN-GD,HK", "--from", "2026-07-01T00:00:00Z", "--until", "2026-07-04T00:00:00Z");
        assertThat(r.code()).as(r.toString()).isZero();
        incident = Invariants.count(location, "SELECT MAX(incident_id) FROM incident");
        CliRun.Result plan = cli.raw("--db", location, "realloc", "plan", Long.toString(incident));
        assertThat(plan.code()).as(plan.toString()).isZero();
        return location;
    }

    @Override
    public List<String> command() {
        return List.of("realloc", "accept", Long.toString(incident));
    }

    @Override
    public void checkAfterKill(String location, String context) {
        long[] n = Invariants.counts(location,
                // accepted plans without reservations for every supplier they use, or the reverse
                "SELECT COUNT(*) FROM realloc_plan p WHERE (p.status = 'accepted') <> EXISTS"
                        + " (SELECT 1 FROM realloc_reservation r WHERE r.plan_id = p.plan_id)"
                        + " AND EXISTS (SELECT 1 FROM realloc_line l WHERE l.plan_id = p.plan_id"
                        + " AND l.supplier_id IS NOT NULL)",
                // reservations that differ from the plan's placed units for that supplier
                "SELECT COUNT(*) FROM realloc_reservation r WHERE r.units <> (SELECT SUM(l.units) FROM realloc_line l"
                        + " WHERE l.plan_id = r.plan_id AND l.supplier_id = r.supplier_id)",
                // suppliers reserved beyond their capacity
                "SELECT COUNT(*) FROM supplier s WHERE s.capacity < (SELECT COALESCE(SUM(r.units), 0)"
                        + " FROM realloc_reservation r WHERE r.supplier_id = s.supplier_id)",
                "SELECT COUNT(*) FROM audit_log WHERE action = 'realloc.accept'",
                "SELECT COUNT(*) FROM realloc_plan WHERE status = 'accepted'");
        assertThat(n[0]).as(context + ": accepted exactly when reserved").isZero();
        assertThat(n[1]).as(context + ": reservations equal the plan's units").isZero();
        assertThat(n[2]).as(context + ": no supplier beyond its capacity").isZero();
        assertThat(n[3]).as(context + ": one realloc.accept entry per accepted plan").isEqualTo(n[4]);
        Invariants.sound(cli, location, context);
    }

    @Override
    public void rerunAndCheck(String location, String context) {
        for (int run = 0; run < 2; run++) {
            CliRun.Result r = cli.raw("--db", location, "realloc", "accept", Long.toString(incident));
            assertThat(r.code()).as(context + ": re-run\n" + r).isIn(0, 2);
        }
        checkAfterKill(location, context + " (after re-run)");
    }
}
