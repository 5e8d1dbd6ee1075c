package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.demo.DemoGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo generate}: write the sample agency's CSV files (for benchmarks and experiments). */
@Command(name = "generate",
        description = "Write the sample agency as bookings.csv, segments.csv and suppliers.csv into a folder.",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat demo generate --bookings 1000000 --out bench/data",
            "  lifeboat demo generate --bookings 500 --seed 1 --start 2026-07-01 --out /tmp/sample"})
public final class DemoGenerateCommand extends BaseCommand {

    @Option(names = "--bookings", paramLabel = "N", defaultValue = "3000", description = "Bookings to generate (default: ${DEFAULT-VALUE}).")
    int bookings;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the CSV files into.")
    Path out;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "20260701", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "DATE",
            description = "First day of the sales horizon, YYYY-MM-DD (default: today, UTC+8).")
    LocalDate start;

    @Option(names = "--days", paramLabel = "N", defaultValue = "42",
            description = "Length of the sales horizon in days (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        DemoCommand.requirePositive(bookings, "--bookings");
        DemoCommand.requirePositive(days, "--days");
        LocalDate first = start != null ? start : LocalDate.ofInstant(clock().instant(), ZoneOffset.ofHours(8));
        DemoGenerator.Result r = new DemoGenerator().write(out, new DemoGenerator.Options(bookings, seed, first, days),
                progress());
        info(String.format("wrote %,d bookings, %,d segments, %,d suppliers to %s", r.bookingRows(), r.segmentRows(),
                r.supplierRows(), out));
        next("lifeboat import bookings " + r.bookings() + " && lifeboat import segments " + r.segments());
        return ExitCodes.OK;
    }
}
