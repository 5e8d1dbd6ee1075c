package io.lifeboat.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL server named the way libpq tools name it: {@code postgresql://user@host:port/db}
 * (or {@code postgres://}), with query parameters passed to the driver ({@code ?sslmode=require},
 * {@code ?currentSchema=ops}). What the URL leaves out comes from {@code PGUSER}, {@code PGHOST},
 * {@code PGPORT}, {@code PGDATABASE}; the password from the URL, else {@code PGPASSWORD}, else the
 * password file ({@code PGPASSFILE}, else {@code ~/.pgpass}).
 */
public record PostgresLocation(String host, int port, String database, String user, String password,
                               Map<String, String> parameters) {

    public PostgresLocation {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Whether {@code location} names a PostgreSQL server rather than a SQLite file. */
    public static boolean matches(String location) {
        return location != null && (location.startsWith("postgresql://") || location.startsWith("postgres://"));
    }

    public static PostgresLocation parse(String location, Map<String, String> env) {
        String rest = location.substring(location.indexOf("://") + 3);
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) password = decode(userInfo.substring(colon + 1));
        }
        String host = authority;
        String portText = null;
        int close = authority.lastIndexOf(']');
        int colon = authority.lastIndexOf(':');
        if (colon > close) {
            host = authority.substring(0, colon);
            portText = authority.substring(colon + 1);
        }
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (blank(user)) user = firstOf(env.get("PGUSER"), env.get("USER"), System.getProperty("user.name"));
        host = firstOf(decode(host), env.get("PGHOST"), "localhost");
        if (host.startsWith("/")) host = "localhost"; // a socket folder: the JDBC driver speaks TCP only
        int port = parsePort(blank(portText) ? env.get("PGPORT") : portText, location);
        if (path.contains("/") || path.contains(" ")) throw notAUrl(location, "the database name '" + path + "'");
        String database = firstOf(blank(path) ? null : decode(path), env.get("PGDATABASE"), user);
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String fromParams = params.remove("password");
        if (password == null) password = fromParams;
        if (password == null) password = env.get("PGPASSWORD");
        if (password == null) {
            String file = env.get("PGPASSFILE");
            Path pgpass = !blank(file) ? Path.of(file)
                    : Path.of(firstOf(env.get("HOME"), System.getProperty("user.home"), "."), ".pgpass");
            password = PgPass.lookup(pgpass, host, port, database, user).orElse(null);
        }
        return new PostgresLocation(host, port, database, user, password, params);
    }

    /** The JDBC URL, without credentials (they travel in {@link #properties()}). */
    public String jdbcUrl() {
        StringBuilder sb = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(encode(database));
        char sep = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            sb.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    public Properties properties() {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) props.setProperty("password", password);
        props.setProperty("ApplicationName", "lifeboat");
        props.setProperty("connectTimeout", "10");
        return props;
    }

    /** The URL as shown to people: never with a password. */
    public String display() {
        StringBuilder sb = new StringBuilder("postgresql://").append(user).append('@').append(host).append(':')
                .append(port).append('/').append(database);
        String schema = parameters.get("currentSchema");
        if (schema != null) sb.append("?currentSchema=").append(schema);
        return sb.toString();
    }

    /** {@code location} with any password in it replaced by {@code ***}, for messages. */
    public static String redact(String location) {
        return location == null ? null : location.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@")
                .replaceAll("([?&]password=)[^&]*", "$1***");
    }

    private static int parsePort(String s, String location) {
        if (blank(s)) return 5432;
        try {
            int port = Integer.parseInt(s.strip());
            if (port > 0 && port < 65536) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw notAUrl(location, "the port '" + s + "'");
    }

    private static StoreException notAUrl(String location, String what) {
        return new StoreException("not a PostgreSQL URL: " + redact(location) + " (" + what
                + "); expected postgresql://user@host:port/database");
    }

    private static String firstOf(String... values) {
        for (String v : values) if (!blank(v)) return v;
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
