package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.dataset.Dataset;
import io.lifeboat.dataset.Exporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export bookings|segments|suppliers [--file F]}: CSV in the import format, in key order. */
@Command(name = "export",
        description = {"Write bookings, segments or suppliers as CSV in the import format, ordered by key.",
            "Exporting and importing the result round-trips the same bytes."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat export bookings > bookings.csv",
            "  lifeboat export segments --file backup/segments.csv"})
public final class ExportCommand extends BaseCommand {

    @Parameters(paramLabel = "DATASET", description = "bookings, segments or suppliers.",
            converter = DatasetConverter.class, completionCandidates = DatasetConverter.Names.class)
    Dataset dataset;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed into place) instead of stdout.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Exporter exporter = new Exporter(existingDb());
        if (file == null) {
            exporter.run(dataset, out());
            out().flush();
            return ExitCodes.OK;
        }
        Path target = file.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new ExitException(ExitCodes.USAGE, "--file: folder does not exist: " + target.getParent());
        }
        Path tmp = Files.createTempFile(target.getParent(), ".lifeboat-export", ".csv");
        long rows;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
            rows = exporter.run(dataset, w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        info(dataset.code() + ": " + rows + " rows written to " + file);
        next("lifeboat import " + dataset.code() + " " + file + "   (re-importing an unchanged export changes nothing)");
        return ExitCodes.OK;
    }
}
