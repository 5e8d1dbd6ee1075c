package io.lifeboat.notify;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;

/** Where {@code notify send} delivers: an SMTP server, optional login, the sender address. */
public record SmtpTarget(String host, int port, String user, String password, String from) {

    /** Parses {@code HOST:PORT} (the port defaults to 25). */
    public static SmtpTarget parse(String hostPort, String user, String password, String from) {
        String spec = hostPort == null ? "" : hostPort.strip();
        int colon = spec.lastIndexOf(':');
        String host = colon < 0 ? spec : spec.substring(0, colon);
        int port = 25;
        if (colon >= 0) {
            try {
                port = Integer.parseInt(spec.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
        }
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new InvalidInputException(Problem.general("--smtp", "'" + hostPort + "' is not HOST:PORT"));
        }
        return new SmtpTarget(host, port, user, password, from);
    }
}
