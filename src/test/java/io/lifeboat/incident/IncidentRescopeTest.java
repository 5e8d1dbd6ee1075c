package io.lifeboat.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.CliRun;
import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.ExitException;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.model.AffectedBooking;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.store.Database;
import io.lifeboat.store.IncidentRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving an open incident to a new area and window (a CAP Update): who joins, who leaves, what is recorded. */
class IncidentRescopeTest {
    static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");
    static final TimeWindow WINDOW = new TimeWindow(Instant.parse("2026-07-01T00:00:00Z"),
            Instant.parse("2026-07-04T00:00:00Z"));

    @TempDir
    Path dir;
    Database db;
    IncidentService service;
    Playbook pb;
    RegulatorProfile prc;

    @BeforeEach
    void setUp() {
        CliRun cli = new CliRun(dir);
        cli.withFixtures();
        db = Database.open(cli.db().toString());
        service = new IncidentService(db);
        pb = TestPlaybooks.area("typhoon", List.of(SegmentKind.values()), Duration.ZERO, Duration.ZERO, 0);
        prc = RegulatorProfiles.find(RegulatorProfiles.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long open(String area) {
        return service.open(new OpenRequest(pb, AreaSpec.parseAll(List.of(area)), WINDOW, null, "t", false, false, prc,
                "cap:x/1", "watch", NOW)).incident().id();
    }

    private Set<String> affectedNow(long id) {
        Set<String> out = new TreeSet<>();
        new IncidentRepository(db).affectedBookings(id).forEach((k, v) -> {
            if (AffectedBooking.AFFECTED.equals(v.status())) out.add(k);
        });
        return out;
    }

    @Test
    void newlyAndNoLongerAffectedAreTheDifferenceOfTheTwoMatches() {
        long id = open("region:CN-GD,HK");
        assertThat(affectedNow(id)).containsExactly("B1", "B6");
        IncidentService.Rescoped r = service.rescope(id, pb, AreaSpec.parseAll(List.of("region:HK,JP-47")), WINDOW, prc,
                "cap:x/2", "watch", NOW.plusSeconds(60));
        assertThat(r.newlyAffected()).containsExactly("B3");
        assertThat(r.noLongerAffected()).containsExactly("B1");
        assertThat(r.affectedBookings()).isEqualTo(2);
        assertThat(affectedNow(id)).containsExactly("B3", "B6");
        assertThat(r.incident().areas()).containsExactly("region:HK,JP-47");
        assertThat(service.affected(id, true)).anySatisfy(s -> {
            assertThat(s.segment().bookingId()).isEqualTo("B1");
            assertThat(s.status()).isEqualTo(AffectedBooking.NO_LONGER);
        });
        assertThat(new AuditLog(db).forIncident(id)).extracting(e -> e.action())
                .containsExactly("incident.open", "incident.update");
        assertThat(new AuditLog(db).forIncident(id).get(1).details()).contains("\"newly_affected\":[\"B3\"]",
                "\"no_longer_affected\":[\"B1\"]", "\"source\":\"cap:x/2\"", "\"previous_grade\"");
        assertThat(new AuditLog(db).verify().intact()).isTrue();
    }

    /** Random sequences of areas: after each move, the affected set is exactly what a fresh open would find. */
    @Test
    void afterAnyMoveTheIncidentAffectsWhatAFreshMatchFinds() {
        List<String> areas = List.of("region:CN-GD", "region:HK", "region:JP-47", "region:ZZ", "region:CN",
                "circle:22.4,114.1,60", "circle:20.9,116.4,10", "polygon:20,115.5;20,117.5;22,117.5;22,115.5");
        Random random = new Random(5);
        long id = open(areas.get(0));
        Set<String> before = affectedNow(id);
        for (int step = 0; step < 12; step++) {
            String area = areas.get(random.nextInt(areas.size()));
            IncidentService.Rescoped r = service.rescope(id, pb, AreaSpec.parseAll(List.of(area)), WINDOW, prc, "s", "a",
                    NOW.plusSeconds(step));
            Set<String> after = affectedNow(id);
            Opened fresh = service.open(new OpenRequest(pb, AreaSpec.parseAll(List.of(area)), WINDOW, null, "f", false,
                    true, prc, "check", "a", NOW));
            assertThat(after).as(area).isEqualTo(affectedNow(fresh.incident().id()));
            service.close(fresh.incident().id(), "check done", "a", NOW);
            Set<String> joined = new TreeSet<>(after);
            joined.removeAll(before);
            Set<String> left = new TreeSet<>(before);
            left.removeAll(after);
            assertThat(r.newlyAffected()).as(area).containsExactlyElementsOf(joined);
            assertThat(r.noLongerAffected()).as(area).containsExactlyElementsOf(left);
            before = after;
        }
    }

    @Test
    void aClosedIncidentIsNotMoved() {
        long id = open("region:HK");
        service.close(id, "over", "a", NOW);
        assertThatThrownBy(() -> service.rescope(id, pb, AreaSpec.parseAll(List.of("region:CN")), WINDOW, prc, "s", "a", NOW))
                .isInstanceOf(ExitException.class).hasMessageContaining("closed");
    }
}
