package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import picocli.CommandLine.Command;

/** {@code shell}: the interactive shell (also what {@code lifeboat} alone starts on a terminal). */
@Command(name = "shell",
        description = {"The interactive shell: Tab completion, a current incident, history.",
            "Tab completes commands, options, playbook ids, open incident ids and the current incident's",
            "task ids. 'use 12' makes incident 12 current: commands may then leave out INCIDENT_ID, and the",
            "prompt shows it with its overdue tasks (lifeboat[#12 ⚠2]>). History is kept in",
            "~/.lifeboat_history ($LIFEBOAT_HISTORY). Ctrl-C cancels the line, Ctrl-D exits.",
            "'lifeboat' with no arguments on a terminal starts it too."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat shell",
            "  lifeboat --db ops.db shell",
            "  lifeboat> use 12                    then: incident show, task list, task done report-regulator",
            "  lifeboat[#12 ⚠1]> use none          no current incident",
            "Shell words: use [INCIDENT_ID|none], help, exit (or quit, Ctrl-D)."})
public final class ShellCommand extends BaseCommand {

    @Override
    public Integer call() {
        Env session = env().with("LIFEBOAT_DB", root().databaseLocation(DEFAULT_DB));
        if (root().actor != null && !root().actor.isBlank()) session = session.with("LIFEBOAT_ACTOR", root().actor);
        if (root().noColor) session = session.with("NO_COLOR", "1");
        InteractiveShell shell;
        try {
            shell = (InteractiveShell) Class.forName(InteractiveShell.IMPLEMENTATION).getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ExitException(ExitCodes.FAILURE, "the interactive shell is not available in this build: " + e);
        }
        return shell.run(session, out(), err());
    }
}
