package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.playbook.CatalogListing;
import io.lifeboat.playbook.LoadResult;
import io.lifeboat.playbook.PlaybookCatalog;
import java.util.List;
import io.lifeboat.render.PlaybookView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code playbook list}: every playbook by id, shipped and user, with where each comes from. */
@Command(name = "list",
        description = {"List the playbooks, shipped and your own.",
            "Shows id, name, version, scope, segment kinds, tasks, the CAP events that open it, and its",
            "source. Your files that do not load are named on stderr (they are not used)."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat playbook list",
            "  lifeboat playbook list --locale zh-CN",
            "  lifeboat playbook list -o csv > playbooks.csv"})
public final class PlaybookListCommand extends BaseCommand {

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Language of names (BCP-47, e.g. zh-CN, en; default: from LANG, else en).")
    String locale;

    @Override
    public Integer call() {
        CatalogListing listing = Playbooks.catalog(env()).list();
        String lang = locale != null ? locale : Playbooks.displayLocale(env());
        switch (output()) {
            case JSON -> PlaybookView.listJson(out(), listing.playbooks());
            case CSV -> PlaybookView.listCsv(out(), listing.playbooks(), lang);
            case TABLE -> PlaybookView.listTable(out(), listing.playbooks(), lang, style(), terminalWidth());
        }
        for (LoadResult bad : listing.invalid()) {
            warn(bad.file() + " is not used: " + bad.problems().size()
                    + (bad.problems().size() == 1 ? " problem" : " problems"));
        }
        for (String w : listing.warnings()) warn(w);
        List<String> userFiles = listing.invalid().stream().map(LoadResult::file)
                .filter(f -> !f.startsWith(PlaybookCatalog.SHIPPED)).toList();
        if (!userFiles.isEmpty()) next("lifeboat playbook validate " + String.join(" ", userFiles));
        return ExitCodes.OK;
    }
}
