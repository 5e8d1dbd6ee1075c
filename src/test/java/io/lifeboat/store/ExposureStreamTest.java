package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The two-thread row stream: every row once and in order, fallbacks, and failures on either side. */
class ExposureStreamTest {

    /** A result set of {@code rows} rows: lat = row number, packed "n\u001fx" (every 7th row unpackable). */
    private static ResultSet rows(int rows, int failAt, AtomicInteger position) {
        return (ResultSet) Proxy.newProxyInstance(ExposureStreamTest.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "next" -> {
                        int n = position.incrementAndGet();
                        if (n == failAt) throw new SQLException("disk I/O error");
                        yield n <= rows;
                    }
                    case "getDouble" -> (double) position.get();
                    case "getBytes" -> position.get() % 7 == 0 ? "a\u001fb\u001fc".getBytes(StandardCharsets.UTF_8)
                            : (position.get() + "\u001fx").getBytes(StandardCharsets.UTF_8);
                    case "getString" -> "column " + position.get();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void handsOverEveryRowOnceInOrderWithFallbacks() throws SQLException {
        List<String> seen = new ArrayList<>();
        ExposureStream.run(rows(5000, -1, new AtomicInteger()), 1, rs -> new Object[] {rs.getString(4)},
                (lat, lon, packed, columns) -> seen.add((int) lat + ":"
                        + (packed != null ? new String(packed, StandardCharsets.UTF_8) : columns[0])));
        assertThat(seen).hasSize(5000);
        for (int n = 1; n <= 5000; n++) {
            assertThat(seen.get(n - 1)).isEqualTo(n % 7 == 0 ? n + ":column " + n : n + ":" + n + "\u001fx");
        }
    }

    @Test
    void aDatabaseErrorReachesTheCaller() {
        assertThatThrownBy(() -> ExposureStream.run(rows(5000, 3000, new AtomicInteger()), 1,
                rs -> new Object[] {rs.getString(4)}, (lat, lon, packed, columns) -> { }))
                .isInstanceOf(SQLException.class).hasMessage("disk I/O error");
    }

    @Test
    void aFailingConsumerStopsTheReaderBeforeReturning() {
        AtomicInteger position = new AtomicInteger();
        assertThatThrownBy(() -> ExposureStream.run(rows(1_000_000, -1, position), 1,
                rs -> new Object[] {rs.getString(4)}, (lat, lon, packed, columns) -> {
                    if (lat == 1000) throw new IllegalStateException("handler failed");
                })).isInstanceOf(IllegalStateException.class).hasMessage("handler failed");
        int stoppedAt = position.get();
        assertThat(stoppedAt).as("the reader stopped early").isLessThan(1_000_000);
        assertThat(position.get()).as("and no longer reads once run returned").isEqualTo(stoppedAt);
    }
}
