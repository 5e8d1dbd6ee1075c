package io.lifeboat.cli;

import io.lifeboat.alert.SlaCheck;
import io.lifeboat.alert.SlaItem;
import io.lifeboat.alert.SlaSource;
import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.notify.ReplyDeadlines;
import io.lifeboat.render.Json;
import io.lifeboat.render.SlaView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.StringTokenizer;
import org.apache.commons.text.matcher.StringMatcherFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla check}: what is past its deadline in open incidents; made for cron. */
@Command(name = "sla",
        description = "Deadlines of open incidents: what is overdue, for cron and the duty manager.",
        synopsisSubcommandLabel = "(check)",
        subcommands = SlaCommand.Check.class,
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat sla check",
            "  lifeboat sla check -o json --notify-cmd /usr/local/bin/post-to-duty-chat"})
public final class SlaCommand extends GroupCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"List what is past its deadline in open incidents: overdue tasks, regulator reports past",
                "due (no regulator export or report task done), and notification replies past escalate_after.",
                "Exit 3 if anything is overdue, else 0. Silent when nothing is overdue and no terminal is attached."},
            footerHeading = "%nExamples:%n",
            footer = {"  lifeboat sla check",
                "  lifeboat sla check -o json",
                "  lifeboat sla check --notify-cmd \"/usr/local/bin/post-to-chat --channel duty\"",
                "",
                "--notify-cmd runs the command (split at spaces, quotes group words; no shell) only when something",
                "is overdue, with the JSON document on its standard input."})
    public static final class Check extends BaseCommand {
        static final long NOTIFY_TIMEOUT_S = 30;

        @Option(names = "--notify-cmd", paramLabel = "CMD",
                description = "Command to pipe the JSON to when something is overdue (e.g. a chat webhook script).")
        String notifyCmd;

        @Option(names = "--include-drills", description = "Also check drill incidents.")
        boolean includeDrills;

        @Override
        public Integer call() {
            Instant now = clock().instant();
            var db = existingDb();
            ReplyDeadlines replies = new ReplyDeadlines(new NotifyService(db), i -> {
                try {
                    return NotifyCommand.playbookOf(env(), i);
                } catch (RuntimeException e) {
                    return null; // a playbook file that moved away: its replies cannot be timed
                }
            });
            SlaSource replySource = at -> replies.overdue(at).stream()
                    .map(o -> new SlaItem(SlaItem.REPLY_OVERDUE, o.incident().id(), o.incident().title(),
                            o.incident().drill(), o.bookingId(), "no reply from " + o.leadName() + " after "
                            + o.lastChannel() + "; next: " + o.nextChannel(), Instant.ofEpochMilli(o.dueMs()),
                            Math.max(0, (at.toEpochMilli() - o.dueMs()) / 1000)))
                    .toList();
            List<SlaItem> items = SlaCheck.standard(db, replySource).run(now, includeDrills);
            if (items.isEmpty()) {
                if (env().stdoutTerminal()) info("nothing overdue");
                return ExitCodes.OK;
            }
            SlaView.print(out(), items, now, output(), times(), style(), terminalWidth());
            info(items.size() + " overdue in " + SlaCheck.incidents(items).size() + " incident(s)");
            if (notifyCmd != null && !notifyCmd.isBlank()) notify(Json.compact(SlaView.document(items, now)));
            next("lifeboat task list " + items.get(0).incidentId() + "   ·   lifeboat incident show "
                    + items.get(0).incidentId());
            return ExitCodes.ATTENTION;
        }

        /** Runs the command without a shell, the JSON on its stdin; its output goes to our stderr. */
        private void notify(String json) {
            List<String> argv = new StringTokenizer(notifyCmd).setQuoteMatcher(StringMatcherFactory.INSTANCE.quoteMatcher())
                    .getTokenList();
            if (argv.isEmpty()) throw new ExitException(ExitCodes.USAGE, "--notify-cmd is empty");
            java.nio.file.Path log = null;
            try {
                log = java.nio.file.Files.createTempFile("lifeboat-notify", ".log");
                Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                try (OutputStream stdin = p.getOutputStream()) {
                    stdin.write((json + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException closedEarly) {
                    // the command did not read its input; its exit status says whether that is a failure
                }
                if (!p.waitFor(NOTIFY_TIMEOUT_S, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new ExitException(ExitCodes.FAILURE, "--notify-cmd did not finish within " + NOTIFY_TIMEOUT_S
                            + " s; the overdue list above was not delivered");
                }
                String said = java.nio.file.Files.readString(log, StandardCharsets.UTF_8).strip();
                if (!said.isEmpty()) info(argv.get(0) + ": " + said);
                if (p.exitValue() != 0) {
                    throw new ExitException(ExitCodes.FAILURE, "--notify-cmd exited with " + p.exitValue()
                            + "; the overdue list above was not delivered");
                }
            } catch (IOException e) {
                throw new ExitException(ExitCodes.FAILURE, "cannot run --notify-cmd '" + argv.get(0) + "': "
                        + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExitException(ExitCodes.FAILURE, "interrupted while --notify-cmd ran");
            } finally {
                if (log != null) {
                    try {
                        java.nio.file.Files.deleteIfExists(log);
                    } catch (IOException e) {
                        // a temporary file left behind is harmless
                    }
                }
            }
        }
    }
}
