package io.lifeboat.exposure;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import java.time.Duration;
import java.time.Instant;

/**
 * A half-open window {@code [from, until)}. A segment {@code [start, end)} overlaps it when
 * {@code start < until && end > from}: one that ends exactly at {@code from} is not affected.
 */
public record TimeWindow(Instant from, Instant until) {

    public TimeWindow {
        if (!until.isAfter(from)) {
            throw new InvalidInputException(Problem.general("--until", until + " is not after --from " + from));
        }
    }

    public boolean overlaps(long startMs, long endMs) {
        return startMs < until.toEpochMilli() && endMs > from.toEpochMilli();
    }

    /** The window widened by {@code lead} before and {@code tail} after (playbooks' match buffers). */
    public TimeWindow widened(Duration lead, Duration tail) {
        return new TimeWindow(from.minus(lead), until.plus(tail));
    }
}
