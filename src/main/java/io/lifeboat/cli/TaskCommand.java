package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.model.Task;
import io.lifeboat.render.Json;
import io.lifeboat.render.TaskView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code task list|done}: what must be done by when, and recording that it was. */
@Command(name = "task", description = "List an incident's tasks with their deadlines, or mark one done.",
        synopsisSubcommandLabel = "(list | done)",
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat task list 12", "  lifeboat task done 12 report-regulator --note \"faxed to the bureau\""})
public final class TaskCommand extends GroupCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Tasks of an incident in due order (-o json: id, title, capability, due, "
            + "status, done_at, done_by).",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat task list 12", "  lifeboat task list 12 -o csv > tasks-12.csv"})
    int list(@Parameters(paramLabel = "INCIDENT_ID", description = "The incident.",
            completionCandidates = Candidates.IncidentIds.class) long id) {
        List<Task> tasks = new IncidentService(existingDb()).tasks(id);
        TaskView.print(out(), tasks, output(), times(), style(), terminalWidth(), env().language(), clock().millis());
        tasks.stream().filter(t -> !t.isDone()).findFirst()
                .ifPresent(t -> next("lifeboat task done " + id + " " + t.taskId() + " --note \"...\""));
        return ExitCodes.OK;
    }

    @Command(name = "done", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Mark a task done (recorded with who and when; doing it twice changes nothing).",
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat task done 12 report-regulator --note \"faxed to the county bureau\""})
    int done(@Parameters(index = "0", paramLabel = "INCIDENT_ID", description = "The incident.",
                     completionCandidates = Candidates.IncidentIds.class) long id,
             @Parameters(index = "1", paramLabel = "TASK_ID", description = "The task.",
                     completionCandidates = Candidates.TaskIds.class) String taskId,
             @Option(names = "--note", paramLabel = "TEXT", description = "What was done.") String note) {
        IncidentService.TaskDone d = new IncidentService(db()).taskDone(id, taskId, note, actor(), clock().instant());
        Task t = d.task();
        if (!d.changed()) info("task " + taskId + " was already done " + times().show(t.doneMs()) + " by " + t.doneBy());
        if (output() == io.lifeboat.render.OutputFormat.JSON) {
            Json.print(out(), TaskView.object(t));
        } else if (!quiet()) {
            out().println("done: " + taskId + " (" + times().show(t.doneMs()) + ", " + t.doneBy() + ")");
            out().flush();
        }
        next("lifeboat task list " + id);
        return ExitCodes.OK;
    }
}
