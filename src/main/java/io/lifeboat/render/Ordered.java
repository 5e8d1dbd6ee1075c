package io.lifeboat.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON objects with a fixed field order. {@code Map.of} iterates in an order that changes from one JVM
 * run to the next, which would make scripts' diffs and golden files flap.
 */
public final class Ordered {
    private Ordered() {
    }

    /** An insertion-ordered map from alternating keys and values. */
    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
