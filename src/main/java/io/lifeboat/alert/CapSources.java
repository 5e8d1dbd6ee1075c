package io.lifeboat.alert;

import io.lifeboat.common.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where alerts come from: files, folders (every visible file in name order), and {@code http(s)://} URLs
 * (with a timeout and a size limit). A feed's links are read one level deep: a feed fetched over HTTP(S)
 * follows its HTTP(S) links; a feed read from a file follows links to files beside it, never the network
 * (watch the feed by its URL for that). Nothing here throws for bad input: problems become rejections.
 */
public final class CapSources {
    private final CapReader reader;
    private final Duration timeout;
    private final long maxBytes;
    private HttpClient http;

    public CapSources(CapReader reader, Duration timeout, long maxBytes) {
        this.reader = reader;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** All alerts and rejections of the inputs, in input order, and notes for the person running it. */
    public record Batch(List<CapAlert> alerts, List<CapRead.Rejected> rejected, List<String> notes) {
    }

    public Batch read(List<String> inputs) {
        List<CapAlert> alerts = new ArrayList<>();
        List<CapRead.Rejected> rejected = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String input : inputs) {
            for (Doc doc : documents(input, rejected)) {
                CapRead r = doc.read();
                alerts.addAll(r.alerts());
                rejected.addAll(r.rejected());
                int skipped = 0;
                for (String link : r.links()) {
                    skippedLink = false;
                    Doc linked = follow(doc, link, rejected);
                    if (linked == null) {
                        if (skippedLink) skipped++;
                        continue;
                    }
                    CapRead lr = linked.read();
                    alerts.addAll(lr.alerts());
                    rejected.addAll(lr.rejected());
                }
                if (skipped > 0) {
                    notes.add(doc.name + ": " + skipped + " link(s) to the network not fetched from a local feed; "
                            + "watch the feed by its URL to follow them");
                }
            }
        }
        return new Batch(alerts, rejected, notes);
    }

    /** A document to read: its name for messages, where it is (a path or a URI), and its bytes on demand. */
    private final class Doc {
        final String name;
        final Path path;
        final URI uri;

        Doc(String name, Path path, URI uri) {
            this.name = name;
            this.path = path;
            this.uri = uri;
        }

        CapRead read() {
            try (InputStream in = path != null ? open(path) : fetch(uri)) {
                return reader.read(name, in);
            } catch (IOException e) {
                return rejectedRead(name, e.getMessage() == null ? e.toString() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return rejectedRead(name, "interrupted");
            }
        }
    }

    private List<Doc> documents(String input, List<CapRead.Rejected> rejected) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return List.of(new Doc(input, null, new URI(input)));
            } catch (URISyntaxException e) {
                rejected.add(reject(input, "not a valid URL: " + e.getReason()));
                return List.of();
            }
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.list(p)) {
                return files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith("."))
                        .sorted() // one folder: the same order as by file name, without a Path per comparison
                        .map(f -> new Doc(f.toString(), f, null)).toList();
            } catch (IOException e) {
                rejected.add(reject(input, "cannot list the folder: " + e.getMessage()));
                return List.of();
            }
        }
        if (!Files.isRegularFile(p)) {
            rejected.add(reject(input, "no such file or folder"));
            return List.of();
        }
        return List.of(new Doc(input, p, null));
    }

    /**
     * The document a feed links to; null with a rejection added when the link is bad or not allowed, or null
     * with nothing added ({@link #skippedLink}) for a network link in a local feed.
     */
    private Doc follow(Doc feed, String link, List<CapRead.Rejected> rejected) {
        URI target;
        try {
            URI base = feed.uri != null ? feed.uri : feed.path.toAbsolutePath().toUri();
            target = base.resolve(new URI(link.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            rejected.add(reject(feed.name, "link '" + link + "' is not a valid URL"));
            return null;
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (feed.uri != null) {
            if (web) return new Doc(target.toString(), null, target);
            rejected.add(reject(feed.name, "link '" + link + "' is not http(s); a feed from the web cannot point at "
                    + "local files"));
            return null;
        }
        if (web) {
            skippedLink = true;
            return null;
        }
        if (!scheme.equals("file")) {
            rejected.add(reject(feed.name, "link '" + link + "' is neither a file nor an http(s) URL"));
            return null;
        }
        return new Doc(Path.of(target).toString(), Path.of(target), null);
    }

    private boolean skippedLink;

    private InputStream open(Path p) throws IOException {
        long size = Files.size(p);
        if (size > maxBytes) throw new IOException("larger than the limit of " + maxBytes + " bytes");
        return Files.newInputStream(p);
    }

    private InputStream fetch(URI uri) throws IOException, InterruptedException {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/cap+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("no answer within " + timeout.toSeconds() + " s", e);
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot connect to " + uri.getHost() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()), e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode());
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) throw new IOException("larger than the limit of " + maxBytes + " bytes");
            return new ByteArrayInputStream(bytes);
        }
    }

    private static CapRead rejectedRead(String name, String reason) {
        return new CapRead(List.of(), List.of(reject(name, reason)), List.of());
    }

    private static CapRead.Rejected reject(String name, String reason) {
        return new CapRead.Rejected(name, null, List.of(Problem.general(name, reason)));
    }
}
