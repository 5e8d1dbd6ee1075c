package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.common.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to real playbooks (lines dropped, repeated, re-indented, values replaced): the loader
 * never fails with an exception, and either returns a playbook or located problems, never both or neither.
 */
class PlaybookLoaderRobustnessTest {
    private static final String[] JUNK = {"", "~", "-1", "0", "[]", "{}", "[a, b]", "{x: 1}", "'", "\"{{#a}}\"",
        "zh_CN", "P1M", "72", "true", "1e309", "&a x", "*a", "!!java.io.File /etc/passwd", "{{", "PT72H"};

    @Test
    void damagedPlaybooksAreReportedNeverCrash() throws IOException {
        Random random = new Random(20260701);
        List<String> sources = new ArrayList<>();
        for (String name : ShippedPlaybooks.index()) sources.add(Files.readString(Path.of("playbooks", name)));
        for (int i = 0; i < 300; i++) {
            List<String> lines = new ArrayList<>(Arrays.asList(sources.get(random.nextInt(sources.size())).split("\n")));
            for (int d = 1 + random.nextInt(3); d > 0; d--) damage(lines, random);
            String text = String.join("\n", lines);
            LoadResult r = PlaybookLoader.check("damaged.yaml", text, "damaged.yaml");
            assertThat(r.ok()).as("case %d", i).isEqualTo(r.playbook() != null);
            for (Problem p : r.problems()) {
                assertThat(p.file()).isEqualTo("damaged.yaml");
                assertThat(p.line()).as("case %d: %s", i, p).isBetween(1L, (long) lines.size() + 1);
                assertThat(p.column()).as("case %d: %s", i, p).isPositive();
                assertThat(p.reason()).isNotBlank();
            }
        }
    }

    private static void damage(List<String> lines, Random random) {
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(4)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, line);
            case 2 -> lines.set(at, (random.nextBoolean() ? "  " : "") + line.stripLeading());
            default -> {
                int colon = line.indexOf(": ");
                if (colon > 0) lines.set(at, line.substring(0, colon + 2) + JUNK[random.nextInt(JUNK.length)]);
            }
        }
    }
}
