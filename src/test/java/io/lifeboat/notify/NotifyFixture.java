package io.lifeboat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.nio.file.Path;
import java.time.Instant;

/** The fixture agency with a typhoon incident opened through the CLI, for the notify tests. */
final class NotifyFixture {
    static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

    private NotifyFixture() {
    }

    static CliRun cli(Path dir) {
        CliRun cli = new CliRun(dir).env("TZ", "Asia/Shanghai").env("LIFEBOAT_OPERATOR", "Sunrise Tours")
                .env("LIFEBOAT_HOTLINE", "+85221234567").at(NOW);
        for (String d : new String[] {"suppliers", "bookings", "segments"}) {
            CliRun.Result r = cli.run("import", d, cli.resource("fixtures/" + d + ".csv").toString());
            assertThat(r.code()).as(r.toString()).isZero();
        }
        return cli;
    }

    /** Opens the typhoon incident over Guangdong, Hong Kong, the open sea and Okinawa; returns its id. */
    static long typhoon(CliRun cli, String... extra) {
        String[] args = {"incident", "open", "--playbook", "typhoon", "--area", "region:CN-GD,HK,ZZ,JP-47",
            "--from", "2026-07-01T00:00:00+08:00", "--until", "2026-07-04T00:00:00+08:00", "--title", "Typhoon Mawar",
            "-o", "json"};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        CliRun.Result r = cli.run(all);
        assertThat(r.code()).as(r.toString()).isZero();
        var m = java.util.regex.Pattern.compile("\"id\": (\\d+)").matcher(r.out());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
