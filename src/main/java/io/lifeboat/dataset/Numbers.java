package io.lifeboat.dataset;

import java.math.BigDecimal;

/** Number formatting that round-trips: the shortest decimal that reads back as the same double. */
final class Numbers {
    private Numbers() {
    }

    static String coordinate(double d) {
        if (d == 0) return "0";
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
