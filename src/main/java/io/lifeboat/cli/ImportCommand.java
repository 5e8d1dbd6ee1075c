package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.dataset.Dataset;
import io.lifeboat.dataset.ImportSummary;
import io.lifeboat.dataset.Importer;
import io.lifeboat.render.Json;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import bookings|segments|suppliers FILE}: validate every row, then land all or nothing. */
@Command(name = "import",
        description = {"Load the operator's bookings, segments or suppliers from CSV (RFC 4180, UTF-8).",
            "Every row is checked; if any is bad, all problems are listed as FILE:LINE: field: reason,",
            "the exit code is 2 and nothing is changed. Re-importing a file is a no-op (upsert by key)."},
        synopsisSubcommandLabel = "(bookings | segments | suppliers)",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat import bookings bookings.csv",
            "  lifeboat import segments segments.csv      (segments refer to imported bookings)",
            "  lifeboat import suppliers suppliers.csv",
            "Formats: see README.md, 'Data formats'."})
public final class ImportCommand extends GroupCommand {

    @Command(name = "bookings", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            footerHeading = "%nExamples:%n", footer = {"  lifeboat import bookings bookings.csv", "  lifeboat -o json import bookings bookings.csv"},
            description = "Import bookings.csv: booking_id, lead_name, party_size, phone, "
            + "email, locale, tier, needs, status.")
    int bookings(@Parameters(paramLabel = "FILE", description = "The CSV file.") Path file) {
        return load(Dataset.BOOKINGS, file, "lifeboat import segments segments.csv");
    }

    @Command(name = "segments", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            footerHeading = "%nExamples:%n", footer = {"  lifeboat import segments segments.csv", "  lifeboat -o json import segments segments.csv"},
            description = "Import segments.csv: booking_id, seq, kind, supplier_id, place, "
            + "region, lat, lon, start, end.")
    int segments(@Parameters(paramLabel = "FILE", description = "The CSV file.") Path file) {
        return load(Dataset.SEGMENTS, file,
                "lifeboat affected --area region:CN-GD --from <ISO time> --until <ISO time>");
    }

    @Command(name = "suppliers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            footerHeading = "%nExamples:%n", footer = {"  lifeboat import suppliers suppliers.csv", "  lifeboat -o json import suppliers suppliers.csv"},
            description = "Import suppliers.csv: supplier_id, name, kind, region, lat, lon, "
            + "capacity, unit_cost, currency, agreement, phone, email, locale, features.")
    int suppliers(@Parameters(paramLabel = "FILE", description = "The CSV file.") Path file) {
        return load(Dataset.SUPPLIERS, file, "lifeboat export suppliers");
    }

    private int load(Dataset dataset, Path file, String nextStep) {
        if (file.toString().equals("-")) throw new ExitException(ExitCodes.USAGE, "import reads a file, not stdin");
        ImportSummary s = new Importer(db(), clock(), actor()).run(dataset, file, progress());
        switch (output()) {
            case JSON -> Json.print(out(), s);
            case CSV -> {
                try (var csv = new io.lifeboat.render.Csv(out(), java.util.List.of(
                        "dataset", "file", "rows", "inserted", "updated", "unchanged"))) {
                    csv.row(s.dataset(), s.file(), s.rows(), s.inserted(), s.updated(), s.unchanged());
                }
            }
            case TABLE -> {
                if (!quiet()) {
                    out().printf("%s: %d rows from %s — %d inserted, %d updated, %d unchanged%n",
                            s.dataset(), s.rows(), s.file(), s.inserted(), s.updated(), s.unchanged());
                    out().flush();
                }
            }
        }
        next(nextStep);
        return ExitCodes.OK;
    }
}
