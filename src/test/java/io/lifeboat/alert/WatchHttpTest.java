package io.lifeboat.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lifeboat.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch over HTTP: a feed linking to alerts, the size limit, the timeout, and links a web feed may not follow. */
class WatchHttpTest {
    @TempDir
    Path dir;
    CliRun cli;
    HttpServer server;
    String base;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(dir);
        cli.withFixtures();
        String typhoon = CliRun.resourceText("cap/typhoon.cap");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/alerts/typhoon.cap", typhoon);
        serve("/feed.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><entry><id>1</id>"
                + "<link href=\"alerts/typhoon.cap\"/></entry></feed>");
        serve("/bad-feed.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><entry><id>1</id>"
                + "<link href=\"file:///etc/passwd\"/></entry></feed>");
        serve("/big.cap", typhoon + " ".repeat(5000));
        server.createContext("/slow.cap", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(String path, String body) {
        server.createContext(path, ex -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/xml");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    @Test
    void aWebFeedsLinksAreFollowedOnce() {
        CliRun.Result r = cli.run("watch", "--cap", base + "/feed.atom", "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).contains("\"event\":\"opened\"", "TC-2026-0701-001");
        CliRun.Result again = cli.run("watch", "--cap", base + "/feed.atom", base + "/alerts/typhoon.cap", "-o", "json");
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEmpty();
    }

    @Test
    void limitsAndForbiddenLinksAreRejections() {
        CliRun.Result r = cli.run("watch", "--cap", base + "/big.cap", base + "/bad-feed.atom", base + "/slow.cap",
                base + "/missing.cap", "--max-bytes", "4000", "--timeout", "1", "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).contains("larger than the limit of 4000 bytes", "is not http(s)", "no answer within 1 s",
                "HTTP 404");
        assertThat(r.out()).doesNotContain("root:");
    }
}
