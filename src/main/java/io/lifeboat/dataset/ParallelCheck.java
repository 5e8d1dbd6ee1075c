package io.lifeboat.dataset;

import io.lifeboat.common.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks batches of rows on worker threads while the caller keeps reading the file and writing to
 * the database, and hands the results back in file order. Checking (above all the numbering-plan
 * test of every phone number) is most of an import's work, and rows are independent, so it spreads
 * over the cores; reading and writing stay on the caller's thread, which owns the transaction.
 */
final class ParallelCheck<T> implements AutoCloseable {
    /** The values of one batch that passed, the lines they came from, and the problems found. */
    record Checked<T>(List<T> values, List<Long> lines, List<Problem> problems) {
    }

    private final CsvCodec<T> codec;
    private final int workers;
    private final Deque<Future<Checked<T>>> pending = new ArrayDeque<>();
    private ExecutorService pool;

    ParallelCheck(CsvCodec<T> codec) {
        this.codec = codec;
        this.workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    void submit(List<RowSnapshot> batch) {
        if (batch.isEmpty()) return;
        if (pool == null) {
            pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "lifeboat-row-check");
                t.setDaemon(true);
                return t;
            });
        }
        pending.add(pool.submit(() -> check(batch)));
    }

    /** True while enough batches are queued that the caller should land one before reading more. */
    boolean backlog() {
        return pending.size() > 2 * workers;
    }

    boolean hasNext() {
        return !pending.isEmpty();
    }

    /** The oldest batch's result, waiting for it if needed. */
    Checked<T> next() {
        try {
            return pending.removeFirst().get();
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
        return new Checked<>(values, lines, problems);
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
