package io.lifeboat.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        parameters = Map.copyOf(parameters);
    }

    /** Whether {@code location} names a PostgreSQL server rather than a SQLite file. */
    public static boolean matches(String location) {
        return location != null && (location.startsWith("postgresql://") || location.startsWith("postgres://"));
    }

    public static PostgresLocation parse(String location, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new StoreException("not a PostgreSQL URL: " + redact(location) + " (" + e.getReason()
                    + "); expected postgresql://user@host:port/database");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) password = decode(userInfo.substring(colon + 1));
        }
        if (blank(user)) user = firstOf(env.get("PGUSER"), env.get("USER"), System.getProperty("user.name"));
        String host = firstOf(uri.getHost(), env.get("PGHOST"), "localhost");
        if (host.startsWith("/")) host = "localhost"; // a socket folder: the JDBC driver speaks TCP only
        int port = uri.getPort() > 0 ? uri.getPort() : parsePort(env.get("PGPORT"));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String database = firstOf(blank(path) ? null : decode(path), env.get("PGDATABASE"), user);
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
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

    private static int parsePort(String s) {
        if (blank(s)) return 5432;
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new StoreException("PGPORT is not a port number: " + s);
        }
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
