package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.TestDb;
import io.lifeboat.model.Booking;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows go many to a statement, with the rest one by one: whatever the count, every row lands once, the
 * count of changed rows is exact, and unchanged rows stay untouched. On either engine.
 */
class UpserterTest {
    @TempDir
    Path dir;

    @Test
    void countsAndLandsEveryRowWhateverTheBatchBoundaries() {
        Random random = new Random(7);
        try (Database db = Database.open(TestDb.fresh(dir, "upsert.db"), TestDb.environment())) {
            BookingRepository repo = new BookingRepository(db);
            int per = Upserter.ROWS_PER_STATEMENT;
            List<Booking> all = new ArrayList<>();
            for (int n : new int[] {0, 1, per - 1, per, per + 1, 3 * per + 5, 2048 + per + 3}) {
                List<Booking> rows = new ArrayList<>();
                for (int i = 0; i < n; i++) rows.add(booking("B" + all.size() + "-" + i, random));
                assertThat(upsert(db, rows)).as("%d new rows", n).isEqualTo(n);
                all.addAll(rows);
                assertThat(repo.count()).isEqualTo(all.size());
                assertThat(upsert(db, all)).as("all again").isZero();
            }
            // Change a scattered fifth of the rows, some across statement boundaries: exactly those count.
            List<Booking> changed = new ArrayList<>(all);
            int expected = 0;
            for (int i = 0; i < changed.size(); i++) {
                if (random.nextInt(5) != 0) continue;
                Booking b = changed.get(i);
                changed.set(i, new Booking(b.bookingId(), b.leadName() + "'", b.partySize(), b.phone(), null,
                        b.locale(), b.tier(), b.needs(), b.status()));
                expected++;
            }
            assertThat(upsert(db, changed)).isEqualTo(expected);
            List<Booking> stored = new ArrayList<>();
            repo.forEach(stored::add);
            assertThat(stored).containsExactlyInAnyOrderElementsOf(changed);
        }
    }

    private static long upsert(Database db, List<Booking> rows) {
        return db.inTransaction(c -> {
            try (Upserter<Booking> up = new BookingRepository(db).upserter()) {
                for (Booking b : rows) up.add(b);
                up.flush();
                return up.changed();
            }
        });
    }

    private static Booking booking(String id, Random random) {
        return new Booking(id, "Lead \u9648" + random.nextInt(1000), 1 + random.nextInt(6),
                random.nextBoolean() ? "+8613800138" + (100 + random.nextInt(900)) : null,
                random.nextBoolean() ? "a" + random.nextInt(99) + "@example.cn" : null, "zh-CN",
                random.nextInt(10) == 0 ? Booking.TIER_VIP : Booking.TIER_STANDARD,
                random.nextBoolean() ? List.of("elderly") : List.of(), Booking.CONFIRMED);
    }
}
