package io.lifeboat.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.util.List;

/**
 * {@code realloc accept} of a fresh incident's plan each iteration: whatever the moment of death, a plan is
 * accepted with all its reservations and booking requests or not accepted with none, reservations equal the
 * plan's placed units per supplier, and no supplier is reserved beyond its capacity; re-running accepts it
 * exactly once.
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
                "SELECT COUNT(*) FROM realloc_plan WHERE status = 'accepted'",
                // a reserved supplier with an e-mail address and no booking request, or a request without
                // an accepted plan: the requests are drafted in the accepting transaction
                "SELECT COUNT(*) FROM realloc_reservation r JOIN realloc_plan p ON p.plan_id = r.plan_id"
                        + " JOIN supplier s ON s.supplier_id = r.supplier_id WHERE s.email IS NOT NULL AND s.email <> ''"
                        + " AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.incident_id = p.incident_id"
                        + " AND n.audience = 'booking_request' AND n.recipient_id = r.supplier_id)",
                "SELECT COUNT(*) FROM notification n WHERE n.audience = 'booking_request' AND NOT EXISTS"
                        + " (SELECT 1 FROM realloc_plan p WHERE p.incident_id = n.incident_id AND p.status = 'accepted')");
        assertThat(n[0]).as(context + ": accepted exactly when reserved").isZero();
        assertThat(n[1]).as(context + ": reservations equal the plan's units").isZero();
        assertThat(n[2]).as(context + ": no supplier beyond its capacity").isZero();
        assertThat(n[3]).as(context + ": one realloc.accept entry per accepted plan").isEqualTo(n[4]);
        assertThat(n[5]).as(context + ": every reserved supplier with an address has its booking request").isZero();
        assertThat(n[6]).as(context + ": no booking request without an accepted plan").isZero();
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
