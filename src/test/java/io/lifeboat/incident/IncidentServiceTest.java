package io.lifeboat.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.CliRun;
import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.exposure.Exposure;
import io.lifeboat.exposure.ExposureQuery;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.model.AffectedBooking;
import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.Incident;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Task;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.store.Database;
import io.lifeboat.store.IncidentRepository;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentServiceTest {
    static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");
    static final TimeWindow WINDOW = new TimeWindow(Instant.parse("2026-07-02T00:00:00Z"),
            Instant.parse("2026-07-04T00:00:00Z"));

    @TempDir
    Path dir;
    Database db;
    IncidentService service;
    RegulatorProfile prc;

    @BeforeEach
    void setUp() {
        CliRun cli = new CliRun(dir);
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            assertThat(cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString()).code()).isZero();
        }
        db = Database.open(cli.db().toString());
        service = new IncidentService(db);
        prc = RegulatorProfiles.find(RegulatorProfiles.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private OpenRequest request(Playbook pb, String area, TimeWindow window, boolean force) {
        return new OpenRequest(pb, area == null ? null : AreaSpec.parseAll(List.of(area)), window, null, null, false,
                force, prc, "manual", "duty", NOW);
    }

    @Test
    void affectedSetEqualsTheAdHocQueryWithThePlaybooksKindsAndBuffers() {
        Playbook pb = TestPlaybooks.area("typhoon", List.of(SegmentKind.HOTEL, SegmentKind.CRUISE, SegmentKind.TOUR),
                Duration.ofHours(12), Duration.ofHours(6), 20);
        Opened o = service.open(request(pb, "circle:22.3,114.17,30", WINDOW, false));
        List<ExposedSegment> expected = new Exposure(db).find(new ExposureQuery(
                AreaSpec.parseAll(List.of("circle:22.3,114.17,50")),
                new TimeWindow(WINDOW.from().minus(Duration.ofHours(12)), WINDOW.until().plus(Duration.ofHours(6))),
                Set.of(SegmentKind.HOTEL, SegmentKind.CRUISE, SegmentKind.TOUR)));
        List<IncidentSegment> got = new IncidentRepository(db).affectedSegments(o.incident().id(), false);
        assertThat(got.stream().map(s -> s.segment().bookingId() + "/" + s.segment().seq()).sorted())
                .containsExactlyElementsOf(expected.stream().map(s -> s.bookingId() + "/" + s.seq()).sorted().toList())
                .isNotEmpty();
        assertThat(o.affectedSegments()).isEqualTo(expected.size());
    }

    @Test
    void priorityOrderMedicalAndWheelchairBeforeVipBeforeOthersWithReasons() {
        Playbook pb = TestPlaybooks.area("typhoon", List.of(), Duration.ZERO, Duration.ZERO, 0);
        Opened o = service.open(request(pb, "region:CN,HK,ZZ,JP", new TimeWindow(
                Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-07-05T00:00:00Z")), false));
        List<AffectedBooking> ranked = List.copyOf(new IncidentRepository(db).affectedBookings(o.incident().id()).values());
        assertThat(ranked).extracting(AffectedBooking::bookingId).containsExactly("B1", "B5", "B3", "B6", "B2");
        AffectedBooking b1 = ranked.get(0);
        // B1: wheelchair 80 + elderly 40 + vip 30 + in trip (its hotel started 07-01 07:00Z) 20
        assertThat(b1.priority()).isEqualTo(170);
        assertThat(b1.reasons()).extracting(m -> m.get("en"))
                .containsExactly("wheelchair user", "elderly or infant", "VIP", "already travelling");
        assertThat(ranked.get(1).priority()).as("B5 medical, party of 4, at sea").isEqualTo(100 + 10 + 20);
        assertThat(ranked.get(1).reasons()).extracting(m -> m.get("en"))
                .containsExactly("medical condition", "already travelling", "party of 4+");
        assertThat(ranked).extracting(AffectedBooking::bookingId).doesNotContain("B4");
    }

    @Test
    void tasksGetAbsoluteDueTimesFromOpening() {
        Opened o = service.open(request(TestPlaybooks.area("t", List.of(), Duration.ZERO, Duration.ZERO, 0),
                "region:HK", WINDOW, false));
        assertThat(o.tasks()).extracting(Task::taskId, Task::dueMs).containsExactly(
                org.assertj.core.groups.Tuple.tuple("notify-travelers", NOW.plus(Duration.ofHours(2)).toEpochMilli()),
                org.assertj.core.groups.Tuple.tuple("report-regulator", NOW.plus(Duration.ofHours(1)).toEpochMilli()),
                org.assertj.core.groups.Tuple.tuple("rehouse", NOW.plus(Duration.ofHours(6)).toEpochMilli()));
        assertThat(service.tasks(o.incident().id())).extracting(Task::taskId)
                .containsExactly("report-regulator", "notify-travelers", "rehouse");
    }

    @Test
    void reopeningTheSameIncidentReturnsTheOpenOneUnlessForced() {
        Playbook pb = TestPlaybooks.area("t", List.of(), Duration.ZERO, Duration.ZERO, 0);
        Opened first = service.open(request(pb, "region:HK", WINDOW, false));
        Opened again = service.open(request(pb, "region:hk", WINDOW, false));
        assertThat(again.existing()).isTrue();
        assertThat(again.incident().id()).isEqualTo(first.incident().id());
        Opened forced = service.open(request(pb, "region:HK", WINDOW, true));
        assertThat(forced.existing()).isFalse();
        assertThat(forced.incident().id()).isNotEqualTo(first.incident().id());
        Opened other = service.open(request(pb, "region:HK", new TimeWindow(WINDOW.from(), WINDOW.until().plusSeconds(1)), false));
        assertThat(other.existing()).as("another window is another incident").isFalse();
        service.close(first.incident().id(), "passed", "duty", NOW);
        assertThat(service.open(request(pb, "region:HK", WINDOW, false)).existing()).as("closed ones don't count").isFalse();
    }

    @Test
    void perBookingIncidentAffectsTheSegmentsStillAhead() {
        Opened o = service.open(new OpenRequest(TestPlaybooks.perBooking("illness"), null, null, "B3", null, false,
                false, prc, "manual", "duty", Instant.parse("2026-07-01T08:00:00Z")));
        List<IncidentSegment> segs = new IncidentRepository(db).affectedSegments(o.incident().id(), false);
        assertThat(segs).extracting(s -> s.segment().seq()).containsExactly(1);
        assertThat(o.incident().grade()).isEqualTo("none");
        assertThat(o.incident().reportDueMs()).isNull();
        assertThatThrownBy(() -> service.open(new OpenRequest(TestPlaybooks.perBooking("illness"), null, null, "NOPE",
                null, false, false, prc, "manual", "duty", NOW))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no booking 'NOPE'");
        assertThatThrownBy(() -> service.open(new OpenRequest(TestPlaybooks.perBooking("illness"), null, null, null,
                null, false, false, prc, "manual", "duty", NOW))).hasMessageContaining("--booking");
    }

    @Test
    void gradingAtTheThresholdEdges() {
        assertThat(prc.grade(0, 0, 0).id()).isEqualTo("none");
        assertThat(prc.grade(0, 0, 1).id()).isEqualTo("general");
        assertThat(prc.grade(2, 9, 49).id()).isEqualTo("general");
        assertThat(prc.grade(3, 0, 0).id()).isEqualTo("larger");
        assertThat(prc.grade(0, 10, 0).id()).isEqualTo("larger");
        assertThat(prc.grade(0, 0, 50).id()).isEqualTo("larger");
        assertThat(prc.grade(9, 49, 199).id()).isEqualTo("larger");
        assertThat(prc.grade(10, 0, 0).id()).isEqualTo("major");
        assertThat(prc.grade(0, 50, 0).id()).isEqualTo("major");
        assertThat(prc.grade(0, 0, 200).id()).isEqualTo("major");
        assertThat(prc.grade(29, 99, 499).id()).isEqualTo("major");
        assertThat(prc.grade(30, 0, 0).id()).isEqualTo("especially-major");
        assertThat(prc.grade(0, 100, 0).id()).isEqualTo("especially-major");
        assertThat(prc.grade(0, 0, 500).id()).isEqualTo("especially-major");
        assertThat(prc.grade(0, 0, 500).name("zh-CN")).isEqualTo("特别重大");
        assertThat(prc.reportDeadline()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void strandedTravelersOfALongAreaEventGradeTheIncidentAndSetTheReportDue() {
        Opened o = service.open(request(TestPlaybooks.area("t", List.of(), Duration.ZERO, Duration.ZERO, 0),
                "region:CN,HK", WINDOW, false));
        // B1 (2), B2 (1), B6 (2) overlap the 48 h window: 5 travelers stranded over 24 h → general.
        assertThat(o.affectedTravelers()).isEqualTo(5);
        assertThat(o.incident().grade()).isEqualTo("general");
        assertThat(o.incident().reportDueMs()).isEqualTo(NOW.plus(Duration.ofHours(1)).toEpochMilli());
        Incident updated = service.update(o.incident().id(), 3, null, null, null, prc, "duty", NOW.plusSeconds(600));
        assertThat(updated.grade()).isEqualTo("larger");
        assertThat(updated.reportDueMs()).as("the duty started when we learned of it").isEqualTo(o.incident().reportDueMs());
        Incident lowered = service.update(o.incident().id(), 0, 0, 0, null, prc, "duty", NOW.plusSeconds(900));
        assertThat(lowered.grade()).isEqualTo("none");
        assertThat(lowered.reportDueMs()).isNull();
    }

    @Test
    void shortEventsStrandNobodyUntilTheManagerSaysSo() {
        TimeWindow sixHours = new TimeWindow(WINDOW.from(), WINDOW.from().plus(Duration.ofHours(6)));
        Opened o = service.open(request(TestPlaybooks.area("t", List.of(), Duration.ZERO, Duration.ZERO, 0),
                "region:CN,HK", sixHours, false));
        assertThat(o.incident().grade()).isEqualTo("none");
        Incident set = service.update(o.incident().id(), null, null, 60, null, prc, "duty", NOW.plusSeconds(60));
        assertThat(set.grade()).isEqualTo("larger");
        assertThat(set.reportDueMs()).isEqualTo(NOW.plusSeconds(60).plus(Duration.ofHours(1)).toEpochMilli());
    }

    @Test
    void auditTrailIsChainedAndTamperingIsDetected() throws Exception {
        Opened o = service.open(request(TestPlaybooks.area("t", List.of(), Duration.ZERO, Duration.ZERO, 0),
                "region:HK", WINDOW, false));
        service.taskDone(o.incident().id(), "report-regulator", "called the bureau", "duty", NOW.plusSeconds(1800));
        assertThat(service.taskDone(o.incident().id(), "report-regulator", null, "other", NOW.plusSeconds(1900)).changed())
                .isFalse();
        service.update(o.incident().id(), 1, null, null, null, prc, "duty", NOW.plusSeconds(2000));
        service.close(o.incident().id(), "typhoon passed", "duty", NOW.plusSeconds(9000));
        AuditLog log = new AuditLog(db);
        assertThat(log.forIncident(o.incident().id())).extracting(e -> e.action())
                .containsExactly("incident.open", "task.done", "incident.update", "incident.close");
        assertThat(log.verify().intact()).isTrue();

        try (Statement st = db.connection().createStatement()) {
            st.executeUpdate("UPDATE audit_log SET actor = 'mallory' WHERE entry_id = 2");
        }
        AuditLog.Verification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadEntry()).isEqualTo(2);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void removingTheLastEntriesIsDetected() throws Exception {
        Opened o = service.open(request(TestPlaybooks.area("t", List.of(), Duration.ZERO, Duration.ZERO, 0),
                "region:HK", WINDOW, false));
        service.close(o.incident().id(), "done", "duty", NOW.plusSeconds(60));
        // The imports of the set-up are audited too: remove whatever entry is last (the close).
        long last;
        try (Statement st = db.connection().createStatement()) {
            try (var rs = st.executeQuery("SELECT MAX(entry_id) FROM audit_log")) {
                rs.next();
                last = rs.getLong(1);
            }
            st.executeUpdate("DELETE FROM audit_log WHERE entry_id = " + last);
        }
        AuditLog.Verification v = new AuditLog(db).verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadEntry()).isEqualTo(last);
        assertThat(v.reason()).contains("removed");
    }

    @Test
    void staleUpdatesAreRefusedWithWhoChangedIt() throws Exception {
        Opened o = service.open(request(TestPlaybooks.area("t", List.of(), Duration.ZERO, Duration.ZERO, 0),
                "region:HK", WINDOW, false));
        IncidentRepository repo = new IncidentRepository(db);
        assertThat(repo.updateCounts(o.incident().id(), o.incident().version(), 1, 0, null, "x", "general", null)).isTrue();
        assertThat(repo.updateCounts(o.incident().id(), o.incident().version(), 2, 0, null, "y", "general", null))
                .as("the same base version a second time").isFalse();
    }
}
