package io.lifeboat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the facts for {@code db status}. */
public final class StatusRepository {
    private static final List<String> TABLES = List.of("booking", "segment", "supplier");

    private final Database db;

    public StatusRepository(Database db) {
        this.db = db;
    }

    public DatabaseStatus status() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : TABLES) counts.put(t, Rows.count(db, t));
        long size = 0;
        for (String suffix : List.of("", "-wal")) {
            try {
                Path p = Path.of(db.location() + suffix);
                if (Files.exists(p)) size += Files.size(p);
            } catch (IOException e) {
                // size is informational
            }
        }
        return new DatabaseStatus(db.dialect().name(), db.location(), db.schemaVersion(),
                Migrations.latestVersion(), counts, size);
    }
}
