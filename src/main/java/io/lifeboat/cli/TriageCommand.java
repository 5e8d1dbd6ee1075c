package io.lifeboat.cli;

import io.lifeboat.alert.MessageTriage;
import io.lifeboat.alert.TriageRules;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.incident.RegulatorProfiles;
import io.lifeboat.playbook.CatalogEntry;
import io.lifeboat.playbook.PlaybookCatalog;
import io.lifeboat.render.TriageView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triage}: inbound traveler messages sorted into urgent, complex and routine. */
@Command(name = "triage",
        description = {"Sort traveler messages into urgent, complex and routine, with answer deadlines.",
            "Reads a CSV (message_id, booking_id, received_at, channel, text). Urgent: sudden illness,",
            "injury, lost passport or documents, missing person; complex: itinerary change, dispute,",
            "complaint; routine: the rest. Shows the rule that decided and when an answer is due (urgent:",
            "now; complex: expert within 30 min; routine: automatic answer within 10 s). --open opens the",
            "matching playbook's incident for each urgent message's booking, once per message_id.",
            "Exit 3 when an urgent message was not handled before; 0 otherwise; 2 on bad input."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat triage inbox.csv",
            "  lifeboat triage inbox.csv --open -o json",
            "  export-messages --since 5m | lifeboat triage - --open --rules our-words.yaml",
            "",
            "Rules: shipped Chinese and English keywords, extended by --rules FILE and LIFEBOAT_TRIAGE_RULES",
            "(':'-separated files); see 'lifeboat triage --show-rules'."})
public final class TriageCommand extends BaseCommand {
    public static final String RULES_VARIABLE = "LIFEBOAT_TRIAGE_RULES";

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "Messages CSV ('-' or nothing: standard input).")
    String file;

    @Option(names = "--open", description = "Open the per-booking incident of the matching playbook for urgent messages.")
    boolean open;

    @Option(names = "--rules", paramLabel = "FILE", description = "More rules (YAML; repeatable), before the shipped ones.")
    List<Path> rulesFiles = new ArrayList<>();

    @Option(names = "--show-rules", description = "Print the rules in effect and exit.")
    boolean showRules;

    @Option(names = "--regulator", paramLabel = "ID|FILE", defaultValue = RegulatorProfiles.DEFAULT,
            description = "Regulator profile for grading opened incidents (default: ${DEFAULT-VALUE}).")
    String regulator;

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>(rulesFiles);
        files.addAll(PlaybookCatalog.folders(env().get(RULES_VARIABLE)));
        TriageRules rules = TriageRules.load(files);
        if (showRules) {
            for (TriageRules.Rule r : rules.rules()) {
                out().println(r.classification() + "\t" + r.id() + "\t" + String.join(", ", r.keywords()) + "\t" + r.file());
            }
            out().flush();
            return ExitCodes.OK;
        }
        List<MessageTriage.Message> messages = readMessages();
        var playbooks = open ? Playbooks.catalog(env()).list().playbooks().stream().map(CatalogEntry::playbook).toList()
                : List.<io.lifeboat.playbook.Playbook>of();
        List<MessageTriage.Result> results = new MessageTriage(rules).run(messages, open ? db() : null, playbooks,
                RegulatorProfiles.find(regulator), name(), actor(), clock().instant());
        TriageView.print(out(), results, output(), times(), style(), terminalWidth());
        long urgent = results.stream().filter(r -> r.classification().equals("urgent") && r.isNew()).count();
        info(results.size() + " message(s): " + count(results, "urgent") + " urgent, " + count(results, "complex")
                + " complex, " + count(results, "routine") + " routine");
        if (urgent == 0) return ExitCodes.OK;
        results.stream().filter(r -> r.incident() != null && r.isNew()).findFirst()
                .ifPresentOrElse(r -> next("lifeboat incident show " + r.incident()),
                        () -> next("lifeboat triage " + (file == null ? "-" : file) + " --open   (open their incidents)"));
        return ExitCodes.ATTENTION;
    }

    private static long count(List<MessageTriage.Result> results, String c) {
        return results.stream().filter(r -> r.classification().equals(c)).count();
    }

    private String name() {
        return file == null || file.equals("-") ? "<stdin>" : file;
    }

    private List<MessageTriage.Message> readMessages() {
        if (file == null || file.equals("-")) {
            if (env().stdinTerminal()) {
                throw new ExitException(ExitCodes.USAGE, "give a messages CSV file, or pipe one in ('-')");
            }
            return MessageTriage.read(name(), System.in);
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) throw new ExitException(ExitCodes.USAGE, "no such file: " + file);
        try (InputStream in = Files.newInputStream(p)) {
            return MessageTriage.read(file, in);
        } catch (IOException e) {
            throw new ExitException(ExitCodes.FAILURE, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
