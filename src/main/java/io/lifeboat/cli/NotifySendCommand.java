package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.notify.NotifySender;
import io.lifeboat.notify.NotifyService;
import io.lifeboat.notify.SmtpTarget;
import io.lifeboat.render.Json;
import io.lifeboat.render.Ordered;
import io.lifeboat.render.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notify send INCIDENT_ID --smtp HOST:PORT}. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send approved e-mail drafts through an SMTP server, each at most once.",
            "The attempt is recorded before the server is spoken to, and the draft marked sent with the",
            "server's response.",
            "Running it again sends nothing twice. Refused for drills (exit 2). Exit 1 if any send failed."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat notify send 12 --smtp localhost:25 --from duty@example.com",
            "  SMTP_PASSWORD=... lifeboat notify send 12 --smtp mail.example.com:587 --user duty \\",
            "      --password-env SMTP_PASSWORD",
            "  lifeboat notify send 12 --smtp localhost:25 --retry-failed"})
public final class NotifySendCommand extends BaseCommand {
    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident.")
    long incidentId;

    @Option(names = "--smtp", required = true, paramLabel = "HOST:PORT", description = "The SMTP server.")
    String smtp;

    @Option(names = "--user", paramLabel = "NAME", description = "SMTP login (with --password-env).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable holding the password.")
    String passwordEnv;

    @Option(names = "--from", paramLabel = "ADDR", description = "Sender address (default: $LIFEBOAT_MAIL_FROM).")
    String from;

    @Option(names = "--retry-failed", description = "Try again drafts the server refused in an earlier run.")
    boolean retryFailed;

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^\\s<>\"']+@[^\\s<>\"']+");

    /** Server messages often quote the recipient ("550 <a@b>: no such user"): masked like every log line. */
    static String maskAddresses(String text) {
        return text == null ? "" : EMAIL.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                io.lifeboat.render.Mask.email(m.group())));
    }

    @Override
    public Integer call() {
        String password = null;
        if (passwordEnv != null) {
            password = env().get(passwordEnv);
            if (password == null) {
                throw new InvalidInputException(Problem.general("--password-env", "$" + passwordEnv + " is not set"));
            }
        }
        SmtpTarget target = SmtpTarget.parse(smtp, user, password, from != null ? from : env().get("LIFEBOAT_MAIL_FROM"));
        NotifySender.Result r = new NotifySender(new NotifyService(db()), clock()).send(incidentId, target, retryFailed,
                actor());
        if (output() == OutputFormat.JSON) {
            Json.print(out(), Ordered.of("incident", incidentId, "sent", r.sent(), "failed", r.failed(), "interrupted",
                    r.interrupted(), "earlier_failures", r.earlierFailures(), "already_sent", r.alreadySent(),
                    "left_out_unapproved", r.unapproved(), "left_out_no_address", r.noAddress()));
        } else if (!quiet()) {
            out().println("sent " + r.sent().size() + " e-mail" + (r.sent().size() == 1 ? "" : "s") + " via " + smtp
                    + (r.alreadySent() > 0 ? " (" + r.alreadySent() + " sent earlier, not again)" : ""));
            out().flush();
        }
        r.failed().forEach((id, why) -> warn("notification " + id + " failed: " + maskAddresses(why)));
        if (!r.interrupted().isEmpty()) {
            warn(r.interrupted().size() + " draft(s) " + r.interrupted() + " had an attempt that never finished (a crash"
                    + " or lost connection): they may have been delivered, so they are not sent again; check the"
                    + " mailbox");
        }
        if (!r.earlierFailures().isEmpty()) {
            info(r.earlierFailures().size() + " draft(s) failed in an earlier run; retry with --retry-failed");
        }
        if (r.unapproved() > 0) info(r.unapproved() + " e-mail drafts are not approved and were not sent");
        if (r.noAddress() > 0) info(r.noAddress() + " approved e-mail drafts have no address");
        next("lifeboat notify list " + incidentId + " --status sent   ·   lifeboat notify pending " + incidentId);
        return r.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
