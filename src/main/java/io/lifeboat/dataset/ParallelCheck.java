package io.lifeboat.dataset;

import io.lifeboat.common.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

/**
 * Reads a CSV file on its own thread and checks batches of its rows on worker threads, handing the results
 * back in file order, so that the caller's thread, which owns the transaction, only writes to the database:
 * reading, checking (above all the numbering-plan test of every phone number) and writing all overlap.
 * Rows are independent, so checking spreads over the cores.
 */
final class ParallelCheck<T> implements AutoCloseable {
    /**
     * The values of one batch that passed, the lines they came from, the positions among them of the values
     * whose key fingerprints were seen before (in this batch or any other: perhaps a duplicate key), and the
     * problems found.
     */
    record Checked<T>(List<T> values, List<Long> lines, int[] repeats, List<Problem> problems) {
    }

    private static final int[] NONE = new int[0];

    /** A batch being checked, and how far into the file reading was when it was queued (for progress). */
    private record Batch<T>(Future<Checked<T>> checked, long position) {
    }

    private final CsvCodec<T> codec;
    private final ToLongFunction<String> fingerprint;
    private final FingerprintSet keys;
    private final CsvRows csv;
    private final int batchSize;
    private final ExecutorService pool;
    /** Bounded, so reading stays at most a few batches ahead of writing. */
    private final BlockingQueue<Batch<T>> queue;
    private final Thread reader;
    private volatile long rows;
    private long position;
    private boolean done;

    /**
     * Starts reading {@code csv} (positioned after its header) in batches of {@code batchSize} rows; the key
     * fingerprints of the good rows go into {@code keys}. Batches are checked in any order, so which of two
     * rows with the same fingerprint counts as the repeat is not fixed; the importer's exact second pass
     * reports duplicates in file order.
     */
    ParallelCheck(CsvCodec<T> codec, ToLongFunction<String> fingerprint, FingerprintSet keys, CsvRows csv,
                  int batchSize) {
        this.codec = codec;
        this.fingerprint = fingerprint;
        this.keys = keys;
        this.csv = csv;
        this.batchSize = batchSize;
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.queue = new ArrayBlockingQueue<>(2 * workers + 1);
        this.pool = Executors.newFixedThreadPool(workers, r -> daemon(r, "lifeboat-row-check"));
        this.reader = daemon(this::read, "lifeboat-csv-read");
        reader.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void read() {
        try {
            List<RowSnapshot> batch = new ArrayList<>(batchSize);
            long n = 0;
            while (csv.next()) {
                n++;
                batch.add(csv.snapshot());
                if (batch.size() == batchSize) {
                    rows = n;
                    submit(batch);
                    batch = new ArrayList<>(batchSize);
                }
            }
            rows = n;
            if (!batch.isEmpty()) submit(batch);
            queue.put(new Batch<>(null, csv.position()));
        } catch (InterruptedException e) {
            // Closed by the caller: it no longer wants rows.
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Batch<>(CompletableFuture.failedFuture(e), 0));
            } catch (InterruptedException closed) {
                // Closed by the caller meanwhile: nobody is left to tell.
            }
        }
    }

    private void submit(List<RowSnapshot> batch) throws InterruptedException {
        queue.put(new Batch<>(pool.submit(() -> check(batch)), csv.position()));
    }

    /** The next batch's result in file order, waiting for it if needed; null after the last one. */
    Checked<T> next() {
        if (done) return null;
        try {
            Batch<T> batch = queue.take();
            if (batch.checked() == null) {
                done = true;
                position = batch.position();
                return null;
            }
            Checked<T> checked = batch.checked().get();
            position = batch.position();
            return checked;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking rows", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** Rows read so far: all of the file's once {@link #next()} has returned null. */
    long rows() {
        return rows;
    }

    /** Bytes of the file read up to the batch {@link #next()} last returned, for progress. */
    long position() {
        return position;
    }

    private Checked<T> check(List<RowSnapshot> batch) {
        List<Problem> problems = new ArrayList<>();
        List<T> values = new ArrayList<>(batch.size());
        List<Long> lines = new ArrayList<>(batch.size());
        RowCheck check = new RowCheck(codec.columns(), problems);
        for (RowSnapshot row : batch) {
            check.begin(row);
            T value = codec.read(check);
            if (value != null) {
                values.add(value);
                lines.add(row.line());
            }
        }
        int[] repeats = NONE;
        int count = 0;
        for (int i = 0; i < values.size(); i++) {
            if (keys.add(fingerprint.applyAsLong(codec.key(values.get(i))))) continue;
            if (count == repeats.length) repeats = Arrays.copyOf(repeats, Math.max(8, 2 * count));
            repeats[count++] = i;
        }
        return new Checked<>(values, lines, count == repeats.length ? repeats : Arrays.copyOf(repeats, count),
                problems);
    }

    /** Stops reading (the file may then be closed) and checking. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}
