package io.lifeboat.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import io.lifeboat.cli.Cli;
import io.lifeboat.cli.Env;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** After 'use 12' the shell fills in INCIDENT_ID where a command needs it, and only there. */
class CurrentIncidentTest {
    private static final Supplier<CommandLine> MODEL = () -> Cli.create(new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()), Env.test(Map.of(), CliRun.NOW));

    private static List<String> apply(Long incident, String... words) {
        return CurrentIncident.apply(MODEL, List.of(words), incident);
    }

    @Test
    void fillsInAMissingIncidentId() {
        assertThat(apply(12L, "incident", "show")).containsExactly("incident", "show", "12");
        assertThat(apply(12L, "task", "list", "-o", "json")).containsExactly("task", "list", "12", "-o", "json");
        assertThat(apply(12L, "-o", "json", "task", "list")).containsExactly("-o", "json", "task", "list", "12");
        assertThat(apply(12L, "task", "done", "report-regulator", "--note", "faxed"))
                .containsExactly("task", "done", "12", "report-regulator", "--note", "faxed");
        assertThat(apply(12L, "incident", "close", "--reason", "over"))
                .containsExactly("incident", "close", "12", "--reason", "over");
        assertThat(apply(12L, "timeline")).containsExactly("timeline", "12");
        assertThat(apply(7L, "affected")).containsExactly("affected", "7");
        assertThat(apply(7L, "affected", "-o", "csv")).containsExactly("affected", "7", "-o", "csv");
    }

    @Test
    void leavesCompleteOrUnrelatedLinesAlone() {
        assertThat(apply(12L, "incident", "show", "3")).containsExactly("incident", "show", "3");
        assertThat(apply(12L, "task", "done", "3", "staff-hotline")).containsExactly("task", "done", "3", "staff-hotline");
        assertThat(apply(12L, "incident", "list")).containsExactly("incident", "list");
        assertThat(apply(12L, "incident", "show", "--help")).containsExactly("incident", "show", "--help");
        assertThat(apply(12L, "affected", "--area", "region:HK", "--from", "2026-07-01T00:00:00Z", "--until",
                "2026-07-02T00:00:00Z")).containsExactly("affected", "--area", "region:HK", "--from",
                "2026-07-01T00:00:00Z", "--until", "2026-07-02T00:00:00Z");
        assertThat(apply(12L, "playbook", "show", "typhoon")).containsExactly("playbook", "show", "typhoon");
        assertThat(apply(null, "incident", "show")).containsExactly("incident", "show");
        // A line that is wrong either way is run as typed, so the error names what was typed.
        assertThat(apply(12L, "incident", "show", "1", "2")).containsExactly("incident", "show", "1", "2");
    }
}
