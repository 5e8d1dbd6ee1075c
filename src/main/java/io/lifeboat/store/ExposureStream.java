package io.lifeboat.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams the rows of an exposure query from a second thread: one thread steps the database and copies
 * each row out (position, packed bytes), the caller's thread tests and builds them. The database's work
 * (R*Tree, page reads, the driver's native calls) and the Java work per row take about the same time, so
 * on two cores a large query takes little more than the longer of the two instead of their sum.
 */
final class ExposureStream {
    private static final int BATCH = 512;
    private static final Object END = new Object();

    /** Receives rows on the caller's thread: {@code packed} is null when the row came as {@code columns}. */
    interface Rows {
        void accept(double lat, double lon, byte[] packed, Object[] columns);
    }

    /** How a row that cannot be read packed is read instead (one value per packed field, in that order). */
    interface ColumnReader {
        Object[] read(ResultSet rs) throws SQLException;
    }

    private static final class Batch {
        final double[] lat = new double[BATCH];
        final double[] lon = new double[BATCH];
        final byte[][] packed = new byte[BATCH][];
        final Object[][] columns = new Object[BATCH][];
        int size;
    }

    private record Failure(Throwable error) {
    }

    private ExposureStream() {
    }

    /**
     * Reads all of {@code rs} (columns: lat, lon, packed value, then the fallback columns), handing each row
     * to {@code rows}. A packed value with other than {@code separators} separators is read as columns.
     * Returns once the reading thread has stopped, so the caller may close {@code rs}.
     */
    static void run(ResultSet rs, int separators, ColumnReader fallback, Rows rows) throws SQLException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> produce(rs, separators, fallback, queue, stop), "exposure-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = take(queue);
                if (item == END) return;
                if (item instanceof Failure f) throw rethrow(f.error());
                Batch b = (Batch) item;
                for (int i = 0; i < b.size; i++) rows.accept(b.lat[i], b.lon[i], b.packed[i], b.columns[i]);
            }
        } finally {
            stop.set(true);
            queue.clear();
            joinQuietly(reader);
        }
    }

    private static void produce(ResultSet rs, int separators, ColumnReader fallback, BlockingQueue<Object> queue,
                                AtomicBoolean stop) {
        try {
            Batch b = new Batch();
            while (!stop.get() && rs.next()) {
                copy(rs, b, separators, fallback);
                if (b.size == BATCH) {
                    if (!put(queue, b, stop)) return;
                    b = new Batch();
                }
            }
            if (b.size > 0 && !put(queue, b, stop)) return;
            put(queue, END, stop);
        } catch (Throwable t) {
            put(queue, new Failure(t), stop);
        }
    }

    /** One row into the batch; a method of its own so the compiler takes it early (see the row reader). */
    private static void copy(ResultSet rs, Batch b, int separators, ColumnReader fallback) throws SQLException {
        int i = b.size++;
        b.lat[i] = rs.getDouble(1);
        b.lon[i] = rs.getDouble(2);
        byte[] packed = rs.getBytes(3);
        if (packed != null && count(packed) == separators) {
            b.packed[i] = packed;
        } else {
            b.columns[i] = fallback.read(rs);
        }
    }

    private static int count(byte[] value) {
        int n = 0;
        for (byte c : value) {
            if (c == 0x1f) n++;
        }
        return n;
    }

    private static boolean put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(item, 20, TimeUnit.MILLISECONDS)) return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading the exposure query", e);
        }
    }

    private static RuntimeException rethrow(Throwable t) throws SQLException {
        if (t instanceof SQLException e) throw e;
        if (t instanceof RuntimeException e) return e;
        if (t instanceof Error e) throw e;
        return new StoreException("exposure query failed: " + t, t);
    }

    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
