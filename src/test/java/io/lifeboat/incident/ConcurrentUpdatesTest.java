package io.lifeboat.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.CliRun;
import io.lifeboat.audit.AuditEntry;
import io.lifeboat.audit.AuditLog;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.exposure.TimeWindow;
import io.lifeboat.model.Incident;
import io.lifeboat.model.Task;
import io.lifeboat.store.Database;
import io.lifeboat.store.TaskRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two duty managers on one incident, each with their own connection: a change made on a stale view is
 * refused with who changed it and when, nothing is overwritten, and re-running applies it.
 */
class ConcurrentUpdatesTest {
    static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");
    static final TimeWindow WINDOW = new TimeWindow(Instant.parse("2026-07-02T00:00:00Z"),
            Instant.parse("2026-07-04T00:00:00Z"));

    @TempDir
    Path dir;
    String location;
    Database dbA;
    Database dbB;
    IncidentService ann;
    IncidentService bob;
    RegulatorProfile prc;
    long id;

    @BeforeEach
    void setUp() {
        CliRun cli = new CliRun(dir);
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            assertThat(cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString()).code()).isZero();
        }
        location = cli.db();
        dbA = Database.open(location);
        dbB = Database.open(location);
        ann = new IncidentService(dbA);
        bob = new IncidentService(dbB);
        prc = RegulatorProfiles.find(RegulatorProfiles.DEFAULT);
        id = ann.open(new OpenRequest(TestPlaybooks.area("typhoon", List.of(), Duration.ZERO, Duration.ZERO, 0),
                AreaSpec.parseAll(List.of("region:HK")), WINDOW, null, null, false, false, prc, "manual", "ann", NOW))
                .incident().id();
    }

    @AfterEach
    void tearDown() {
        dbA.close();
        dbB.close();
    }

    @Test
    void aTaskDoneOnAStaleViewIsRefusedAndNothingIsOverwritten() {
        Incident annSaw = ann.get(id);
        bob.update(id, null, 2, null, null, prc, "bob", NOW.plusSeconds(60));

        assertThatThrownBy(() -> ann.taskDone(annSaw, "report-regulator", "faxed", "ann", NOW.plusSeconds(90)))
                .isInstanceOfSatisfying(ExitException.class, e -> assertThat(e.code()).isEqualTo(ExitCodes.FAILURE))
                .hasMessage("incident " + id + " was changed by bob at 2026-07-01T12:01:00Z while you worked;"
                        + " nothing was overwritten; re-run the command");
        assertThat(new TaskRepository(dbB).find(id, "report-regulator").orElseThrow().isDone()).isFalse();
        assertThat(bob.get(id).injured()).isEqualTo(2);

        // re-running reads the new version and goes through
        assertThat(ann.taskDone(id, "report-regulator", "faxed", "ann", NOW.plusSeconds(120)).changed()).isTrue();
        assertThat(bob.get(id).version()).isEqualTo(annSaw.version() + 2);
    }

    @Test
    void anUpdateOrCloseOnAStaleViewIsRefused() {
        Incident annSaw = ann.get(id);
        bob.taskDone(id, "notify-travelers", null, "bob", NOW.plusSeconds(30));

        assertThatThrownBy(() -> ann.update(annSaw, 1, null, null, "renamed", prc, "ann", NOW.plusSeconds(40)))
                .hasMessageContaining("was changed by bob at 2026-07-01T12:00:30Z");
        assertThatThrownBy(() -> ann.close(annSaw, "all safe", "ann", NOW.plusSeconds(50)))
                .hasMessageContaining("was changed by bob");
        Incident now = bob.get(id);
        assertThat(now.deaths()).isZero();
        assertThat(now.title()).isNotEqualTo("renamed");
        assertThat(now.isOpen()).isTrue();
        assertThat(new AuditLog(dbA).forIncident(id)).extracting(AuditEntry::action)
                .containsExactly("incident.open", "task.done");
    }

    /**
     * Four duty managers at once, each raising the injured count by one (read, then update) and marking
     * tasks done, retrying what was refused: no increment is lost, no task is done twice, the chain holds.
     */
    @Test
    void racingDutyManagersLoseNoUpdate() throws Exception {
        int workers = 4;
        int increments = 5;
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<Integer>> results = new ArrayList<>();
        List<String> taskIds = new TaskRepository(dbA).forIncident(id).stream().map(Task::taskId).toList();
        for (int w = 0; w < workers; w++) {
            String actor = "manager-" + w;
            long seed = 42 + w;
            results.add(pool.submit(() -> {
                Random random = new Random(seed);
                int tasksMarked = 0;
                try (Database db = Database.open(location)) {
                    IncidentService s = new IncidentService(db);
                    for (int n = 0; n < increments; n++) {
                        while (true) {
                            Incident seen = s.get(id);
                            try {
                                s.update(seen, null, seen.injured() + 1, null, null, prc, actor, NOW);
                                break;
                            } catch (ExitException e) {
                                assertThat(e.getMessage()).contains("was changed by");
                                refused.incrementAndGet();
                                Thread.sleep(random.nextInt(3));
                            }
                        }
                        String task = taskIds.get(random.nextInt(taskIds.size()));
                        try {
                            if (s.taskDone(id, task, null, actor, NOW).changed()) tasksMarked++;
                        } catch (ExitException e) {
                            assertThat(e.getMessage()).contains("was changed by");
                            refused.incrementAndGet();
                        }
                    }
                }
                return tasksMarked;
            }));
        }
        int marked = 0;
        for (Future<Integer> f : results) marked += f.get(120, TimeUnit.SECONDS);
        pool.shutdown();

        Incident end = ann.get(id);
        assertThat(end.injured()).as("every increment landed once").isEqualTo(workers * increments);
        List<AuditEntry> log = new AuditLog(dbA).forIncident(id);
        assertThat(log.stream().filter(e -> e.action().equals("incident.update"))).hasSize(workers * increments);
        assertThat(log.stream().filter(e -> e.action().equals("task.done")).map(e -> e.details()).distinct())
                .as("no task done twice").hasSize(marked);
        assertThat(new AuditLog(dbA).verify().intact()).isTrue();
        assertThat(end.version()).isEqualTo(1 + workers * increments + marked);
    }

    /** Four processes opening the same incident at once (duty managers, watch): one incident, one entry. */
    @Test
    void racingOpensOfOneIncidentMakeOne() throws Exception {
        int racers = 4;
        OpenRequest same = new OpenRequest(TestPlaybooks.area("typhoon", List.of(), Duration.ZERO, Duration.ZERO, 0),
                AreaSpec.parseAll(List.of("region:CN-GD")), WINDOW, null, null, false, false, prc, "manual", "ann", NOW);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Opened>> results = new ArrayList<>();
        for (int r = 0; r < racers; r++) {
            results.add(pool.submit(() -> {
                try (Database db = Database.open(location)) {
                    IncidentService s = new IncidentService(db);
                    start.await(30, TimeUnit.SECONDS);
                    return s.open(same);
                }
            }));
        }
        List<Opened> opened = new ArrayList<>();
        for (Future<Opened> f : results) opened.add(f.get(120, TimeUnit.SECONDS));
        pool.shutdown();
        assertThat(opened.stream().map(o -> o.incident().id()).distinct()).hasSize(1);
        assertThat(opened.stream().filter(o -> !o.existing())).as("exactly one racer opened it").hasSize(1);
        long theId = opened.get(0).incident().id();
        assertThat(new AuditLog(dbA).forIncident(theId)).extracting(AuditEntry::action).containsExactly("incident.open");
        assertThat(new AuditLog(dbA).verify().intact()).isTrue();
    }
}
