package io.lifeboat.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the facts for {@code db status}. */
public final class StatusRepository {
    private static final List<String> TABLES = List.of("booking", "segment", "supplier", "incident", "task", "audit_log");

    private final Database db;

    public StatusRepository(Database db) {
        this.db = db;
    }

    public DatabaseStatus status() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : TABLES) counts.put(t, Rows.count(db, t));
        long size = db.sizeBytes();
        return new DatabaseStatus(db.dialect().name(), db.location(), db.schemaVersion(),
                Migrations.latestVersion(), counts, size);
    }
}
