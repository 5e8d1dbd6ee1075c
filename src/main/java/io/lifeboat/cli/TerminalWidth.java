package io.lifeboat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The terminal's width for tables: $COLUMNS, else {@code stty size} on a terminal, else unlimited. */
final class TerminalWidth {
    private TerminalWidth() {
    }

    static int detect(Env env) {
        String cols = env.get("COLUMNS");
        if (cols != null) {
            try {
                return Math.max(40, Integer.parseInt(cols.strip()));
            } catch (NumberFormatException e) {
                // ignore and ask the terminal
            }
        }
        if (!env.stdoutTerminal()) return 0;
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
                p.destroy();
                return 120;
            }
            String[] parts = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split(" ");
            return parts.length == 2 ? Math.max(40, Integer.parseInt(parts[1])) : 120;
        } catch (IOException | NumberFormatException e) {
            return 120;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 120;
        }
    }
}
