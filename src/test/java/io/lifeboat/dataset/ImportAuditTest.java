package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeboat.CliRun;
import io.lifeboat.render.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports that change data leave an {@code import.<dataset>} audit entry; no-op re-imports leave none. */
class ImportAuditTest {
    @TempDir
    Path dir;

    private static JsonNode entries(CliRun cli, String... filters) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-o", "json", "audit", "list"));
        args.addAll(java.util.List.of(filters));
        CliRun.Result r = cli.run(args.toArray(new String[0]));
        assertThat(r.code()).as(r.toString()).isZero();
        return Json.mapper().readTree(r.out());
    }

    @Test
    void changingImportIsAuditedWithItsCountsAndTheActor() throws Exception {
        CliRun cli = new CliRun(dir);
        Path bookings = cli.resource("fixtures/bookings.csv");
        assertThat(cli.run("--actor", "amy", "import", "bookings", bookings.toString()).code()).isZero();

        JsonNode all = entries(cli, "--action", "import.");
        assertThat(all).hasSize(1);
        JsonNode e = all.get(0);
        assertThat(e.get("action").asText()).isEqualTo("import.bookings");
        assertThat(e.get("actor").asText()).isEqualTo("amy");
        assertThat(e.get("incident").isNull()).isTrue();
        assertThat(e.get("details").get("rows").asLong()).isEqualTo(6);
        assertThat(e.get("details").get("inserted").asLong()).isEqualTo(6);
        assertThat(e.get("details").get("file").asText()).endsWith("bookings.csv");

        assertThat(cli.run("import", "bookings", bookings.toString()).code()).isZero();
        assertThat(entries(cli, "--action", "import.")).as("no-op re-import").hasSize(1);
        assertThat(cli.run("audit", "verify").code()).isZero();
    }

    @Test
    void rejectedImportLeavesNoEntry() throws Exception {
        CliRun cli = new CliRun(dir);
        Path bad = cli.file("bad.csv", "booking_id,lead_name,party_size,phone,email,locale,tier,needs,status\n"
                + "B1,Li Lei,zero,+8613800000000,,zh-CN,standard,,confirmed\n");
        assertThat(cli.run("import", "bookings", bad.toString()).code()).isEqualTo(2);
        assertThat(entries(cli)).isEmpty();
    }

    @Test
    void listFiltersByActionPrefixLimitAndTime() throws Exception {
        CliRun cli = new CliRun(dir);
        cli.run("import", "bookings", cli.resource("fixtures/bookings.csv").toString());
        cli.at(CliRun.NOW.plusSeconds(3600))
                .run("import", "segments", cli.resource("fixtures/segments.csv").toString());
        assertThat(entries(cli)).hasSize(2);
        assertThat(entries(cli, "--action", "import.seg")).hasSize(1);
        assertThat(entries(cli, "--action", "import_")).as("'_' is literal, not a wildcard").isEmpty();
        JsonNode newest = entries(cli, "--limit", "1");
        assertThat(newest).hasSize(1);
        assertThat(newest.get(0).get("action").asText()).isEqualTo("import.segments");
        assertThat(entries(cli, "--since", "2026-07-01T00:30:00Z")).hasSize(1);
        assertThat(cli.run("audit", "list", "--limit", "0").code()).isEqualTo(2);
    }
}
