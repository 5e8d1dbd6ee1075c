package io.lifeboat.store;

import java.util.Map;

/** What {@code db status} shows: engine, location, schema version, row counts, size on disk. */
public record DatabaseStatus(String backend, String location, int schemaVersion, int latestVersion,
                             Map<String, Long> counts, long sizeBytes) {
}
