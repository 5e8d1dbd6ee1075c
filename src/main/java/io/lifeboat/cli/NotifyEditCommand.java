package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.model.Notification;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.notify.SmsSegments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code notify edit ID}: change a draft's text in $EDITOR. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Edit a draft's text in your editor.",
            "Opens $VISUAL or $EDITOR (else vi). An e-mail starts with a 'Subject:' line and a",
            "blank line. The edited draft needs approval again, and re-drafting keeps it unless --reset."},
        footerHeading = "%nExamples:%n", footer = {"  lifeboat notify edit 341", "  EDITOR=nano lifeboat notify edit 341"})
public final class NotifyEditCommand extends BaseCommand {
    static final String SUBJECT = "Subject:";

    @Parameters(paramLabel = "ID", description = "The notification (from notify list).")
    long id;

    @Override
    public Integer call() throws IOException, InterruptedException {
        NotifyService service = new NotifyService(db());
        Notification n = service.get(id);
        if (n.isSent()) throw new ExitException(ExitCodes.USAGE, "notification " + id + " was already sent; it cannot be edited");
        boolean email = Notification.EMAIL.equals(n.channel());
        Path file = Files.createTempFile("lifeboat-notification-" + id + "-", ".txt");
        try {
            Files.writeString(file, (email ? SUBJECT + " " + n.subject() + "\n\n" : "") + n.body(), StandardCharsets.UTF_8);
            runEditor(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String subject = null;
            String body = text;
            if (email) {
                int end = text.indexOf('\n');
                String first = end < 0 ? text : text.substring(0, end);
                if (!first.startsWith(SUBJECT)) {
                    throw new InvalidInputException(Problem.at(file.toString(), 1, "subject",
                            "an e-mail draft starts with 'Subject: ...'; nothing was changed"));
                }
                subject = first.substring(SUBJECT.length()).strip();
                body = end < 0 ? "" : text.substring(end + 1).replaceFirst("^\\r?\\n", "");
            } else {
                body = body.strip();
            }
            boolean changed = service.edit(id, subject, body, actor(), clock().instant());
            if (!changed) {
                info("no change to notification " + id);
            } else if (!quiet()) {
                out().println("notification " + id + " edited; it needs approval again"
                        + (email ? "" : " (" + SmsSegments.count(body).segments() + " SMS segments)"));
                out().flush();
            }
            next("lifeboat notify show " + id + "   ·   lifeboat notify approve " + n.incidentId() + " " + id);
            return ExitCodes.OK;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void runEditor(Path file) throws IOException, InterruptedException {
        String editor = env().get("VISUAL");
        if (editor == null || editor.isBlank()) editor = env().get("EDITOR");
        if (editor == null || editor.isBlank()) editor = "vi";
        List<String> command = new ArrayList<>(List.of(editor.strip().split("\\s+")));
        command.add(file.toString());
        Process p = new ProcessBuilder(command).inheritIO().start();
        int code = p.waitFor();
        if (code != 0) {
            throw new ExitException(ExitCodes.FAILURE, "the editor (" + editor + ") exited with " + code
                    + "; nothing was changed");
        }
    }
}
