package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.playbook.CatalogEntry;
import io.lifeboat.render.PlaybookView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code playbook show ID|FILE}: one playbook, as a summary or as its parsed model in JSON. */
@Command(name = "show",
        description = {"Show one playbook, by id or file.",
            "A summary (matching, triggers, priority rules, tasks by due time, templates, reallocation,",
            "compensation), or with -o json the parsed model with the YAML's field names, defaults filled",
            "in and durations in ISO-8601 (PT72H)."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat playbook show typhoon",
            "  lifeboat playbook show typhoon --locale zh-CN",
            "  lifeboat playbook show ./my-typhoon.yaml -o json"})
public final class PlaybookShowCommand extends BaseCommand {

    @Parameters(paramLabel = "ID|FILE", completionCandidates = Candidates.PlaybookIds.class,
            description = "A playbook id (see 'playbook list') or a YAML file.")
    String playbook;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Language of texts (BCP-47, e.g. zh-CN, en; default: from LANG, else en).")
    String locale;

    @Option(names = "--reveal", description = "Show the contact's phone and e-mail unmasked.")
    boolean reveal;

    @Override
    public Integer call() {
        if (output() == io.lifeboat.render.OutputFormat.CSV) {
            throw new ExitException(ExitCodes.USAGE, "playbook show: a playbook is nested and has no CSV form; "
                    + "use -o json (or 'playbook list -o csv' for the catalog)");
        }
        CatalogEntry entry = Playbooks.catalog(env()).entry(playbook);
        if (output() == io.lifeboat.render.OutputFormat.JSON) {
            PlaybookView.showJson(out(), entry);
        } else {
            String lang = locale != null ? locale : Playbooks.displayLocale(env());
            PlaybookView.showTable(out(), entry, lang, reveal, style(), terminalWidth());
        }
        String id = entry.playbook().id();
        next(io.lifeboat.playbook.Match.BOOKING.equals(entry.playbook().match().scope())
                ? "lifeboat incident open --playbook " + id + " --booking BOOKING_ID"
                : "lifeboat incident open --playbook " + id + " --area SPEC --from TIME --until TIME");
        return ExitCodes.OK;
    }
}
