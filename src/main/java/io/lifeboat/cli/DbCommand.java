package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.render.Json;
import io.lifeboat.render.Table;
import io.lifeboat.store.DatabaseStatus;
import io.lifeboat.store.StatusRepository;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code db status|migrate}: the database's engine, schema version and contents. */
@Command(name = "db", description = "Inspect and upgrade the database.",
        synopsisSubcommandLabel = "(status | migrate)",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat db status", "  lifeboat --db /srv/lifeboat/ops.db db migrate"})
public final class DbCommand extends GroupCommand {

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Show the backend, file, schema version, row counts and size.",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat db status", "  lifeboat --db /srv/lifeboat/ops.db db status -o json"})
    int status() {
        DatabaseStatus s = new StatusRepository(existingDb()).status();
        switch (output()) {
            case JSON -> Json.print(out(), s);
            case CSV -> {
                try (var csv = new io.lifeboat.render.Csv(out(), java.util.List.of("key", "value"))) {
                    csv.row("backend", s.backend());
                    csv.row("location", s.location());
                    csv.row("schema_version", s.schemaVersion());
                    csv.row("latest_version", s.latestVersion());
                    for (Map.Entry<String, Long> e : s.counts().entrySet()) csv.row(e.getKey() + "_rows", e.getValue());
                    csv.row("size_bytes", s.sizeBytes());
                }
            }
            case TABLE -> {
                Table t = new Table(Table.Column.fixed("KEY"), Table.Column.left("VALUE"));
                t.row("backend", s.backend());
                t.row("location", s.location());
                t.row("schema", "version " + s.schemaVersion() + " (latest " + s.latestVersion() + ")");
                for (Map.Entry<String, Long> e : s.counts().entrySet()) t.row(e.getKey() + "s", e.getValue());
                t.row("size", String.format("%.1f MB", s.sizeBytes() / 1e6));
                t.print(out(), style(), terminalWidth());
            }
        }
        next(s.schemaVersion() < s.latestVersion() ? "lifeboat db migrate" : "lifeboat incident list");
        return ExitCodes.OK;
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Upgrade the schema to this version's latest (also done on every open).",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat db migrate", "  lifeboat --db /srv/lifeboat/ops.db db migrate"})
    int migrate() {
        int version = db().schemaVersion();
        info("schema version " + version + " (" + db().location() + ")");
        next("lifeboat db status");
        return ExitCodes.OK;
    }
}
