package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.TestDb;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trip spans (the in-trip test) for many bookings at once, keys with any characters, on either engine. */
class TripSpansTest {
    @TempDir
    Path dir;

    @Test
    void firstStartAndLastEndOfEachAskedBooking() throws Exception {
        List<String> ids = List.of("B\"1", "B\\2", "\u9999\u6e2f-3", "B'4", "B5");
        try (Database db = Database.open(TestDb.fresh(dir, "spans.db"), TestDb.environment())) {
            try (PreparedStatement b = db.connection().prepareStatement("INSERT INTO booking (booking_id, lead_name,"
                    + " party_size, locale, tier, needs, status) VALUES (?, 'X', 1, 'en', 'standard', '', 'confirmed')");
                 PreparedStatement s = db.connection().prepareStatement("INSERT INTO segment (booking_id, seq, kind,"
                         + " place, region, lat, lon, starts_at, ends_at, starts_ms, ends_ms) VALUES (?, ?, 'tour', 'P',"
                         + " 'HK', 22.3, 114.2, 'a', 'b', ?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    b.setString(1, ids.get(i));
                    b.executeUpdate();
                    for (int seq = 1; seq <= i; seq++) {
                        s.setString(1, ids.get(i));
                        s.setInt(2, seq);
                        s.setLong(3, 1000L * seq);
                        s.setLong(4, 1000L * seq + 10 * (5 - seq));
                        s.executeUpdate();
                    }
                }
            }
            List<String> asked = new ArrayList<>(ids);
            asked.add("not-a-booking");
            Map<String, long[]> spans = new IncidentRepository(db).tripSpans(asked);
            assertThat(spans).containsOnlyKeys("B\\2", "\u9999\u6e2f-3", "B'4", "B5");
            assertThat(spans.get("B\\2")).containsExactly(1000, 1040);
            assertThat(spans.get("B5")).containsExactly(1000, 4010);
            assertThat(new IncidentRepository(db).tripSpans(List.of())).isEmpty();
        }
    }
}
