package io.lifeboat.cli;

import io.lifeboat.alert.CapReader;
import io.lifeboat.alert.CapRead;
import io.lifeboat.alert.CapSources;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.render.AlertView;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alert inspect}: what Lifeboat reads from CAP documents, without acting on them. */
@Command(name = "alert",
        description = "Look at CAP alerts the way watch reads them, without acting on them.",
        synopsisSubcommandLabel = "(inspect)",
        subcommands = AlertCommand.Inspect.class,
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat alert inspect typhoon-warning.cap",
            "  lifeboat alert inspect https://alerts.example.gov/feed.atom -o json"})
public final class AlertCommand extends GroupCommand {

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = {"Parse CAP alerts (files, folders, feeds, URLs) and print them: sender/identifier, status,",
                "type, the event in the preferred language, scales, window and areas. Invalid documents are",
                "listed on stderr with file, line and field (exit 2)."},
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat alert inspect typhoon-warning.cap",
                "  lifeboat alert inspect alerts/ -o csv",
                "  lifeboat alert inspect https://alerts.example.gov/feed.atom -o json"})
    public static final class Inspect extends BaseCommand {
        @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "CAP documents, folders or URLs.")
        List<String> inputs;

        @Option(names = "--lang", paramLabel = "TAG", description = "Preferred language of <info> blocks.")
        String lang;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
                description = "Time limit for each URL (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Override
        public Integer call() {
            CapSources.Batch batch = new CapSources(new CapReader(), Duration.ofSeconds(Math.max(1, timeoutSeconds)),
                    10_000_000L).read(inputs);
            List<String> languages = lang == null ? List.of(env().language()) : List.of(lang, env().language());
            AlertView.alerts(out(), batch.alerts(), output(), languages, times(), style(), terminalWidth());
            batch.notes().forEach(this::info);
            for (CapRead.Rejected r : batch.rejected()) {
                r.problems().forEach(p -> err().println(p));
            }
            err().flush();
            if (!batch.rejected().isEmpty()) {
                info(batch.rejected().size() + " rejected; " + batch.alerts().size() + " alert(s) read");
                return ExitCodes.USAGE;
            }
            next("lifeboat watch --cap " + inputs.get(0) + "   (act on them)");
            return ExitCodes.OK;
        }
    }
}
