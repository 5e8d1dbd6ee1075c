package io.lifeboat.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The libpq password file: lines {@code hostname:port:database:username:password}, {@code #} comments,
 * {@code *} matching anything in the first four fields, {@code \:} and {@code \\} escapes; the first
 * matching line wins. A missing or unreadable file means "no password", as for psql.
 */
final class PgPass {
    private PgPass() {
    }

    static Optional<String> lookup(Path file, String host, int port, String database, String user) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        String[] wanted = {host, Integer.toString(port), database, user};
        for (String line : lines) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            List<String> fields = split(line);
            if (fields.size() < 5) continue;
            boolean all = true;
            for (int i = 0; i < 4 && all; i++) {
                String f = fields.get(i);
                all = f.equals("*") || f.equals(wanted[i]);
            }
            if (all) return Optional.of(fields.get(4));
        }
        return Optional.empty();
    }

    /** Splits at unescaped colons (as libpq does, the password ends at the next one). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (ch == ':') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
