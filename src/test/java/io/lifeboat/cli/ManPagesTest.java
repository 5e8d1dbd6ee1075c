package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.lifeboat.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A man page per command, generated from the command model, rendered and installed by 'man install'. */
class ManPagesTest {
    @TempDir
    Path dir;

    @Test
    void onePagePerCommandWithItsExamples() throws Exception {
        List<Path> pages = ManPages.generate(dir.resolve("adoc"));
        List<String> names = pages.stream().map(p -> p.getFileName().toString()).toList();
        for (List<String> path : HelpTreeTest.commandPaths()) {
            String name = path.isEmpty() ? "lifeboat" : "lifeboat-" + String.join("-", path);
            assertThat(names).as("man page of '%s'", String.join(" ", path)).contains(name + ".adoc");
        }
        String open = Files.readString(dir.resolve("adoc/lifeboat-incident-open.adoc"), StandardCharsets.UTF_8);
        assertThat(open).contains(":doctype: manpage", "lifeboat incident open --playbook typhoon", "--playbook");
    }

    private static boolean asciidoctorInstalled() {
        try {
            Process p = new ProcessBuilder("asciidoctor", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void installCopiesTheRenderedPagesAndCanBeRepeated() throws Exception {
        assumeThat(asciidoctorInstalled()).as("asciidoctor is installed").isTrue();
        Path rendered = dir.resolve("man");
        assertThat(ManPages.render(ManPages.generate(dir.resolve("adoc")), rendered)).isTrue();
        assertThat(Files.readString(rendered.resolve("lifeboat-task-done.1"))).contains(".TH \"LIFEBOAT\\-TASK\\-DONE\"");

        CliRun cli = new CliRun(dir).env("LIFEBOAT_MAN_DIR", rendered.toString()).env("HOME", dir.toString());
        CliRun.Result first = cli.raw("man", "install");
        assertThat(first.code()).as(first.toString()).isZero();
        Path target = dir.resolve(".local/share/man/man1");
        assertThat(target.resolve("lifeboat.1")).exists();
        assertThat(target.resolve("lifeboat-incident-open.1")).hasSameTextualContentAs(
                rendered.resolve("lifeboat-incident-open.1"));
        assertThat(first.out()).matches("installed \\d+ man pages into .*\\n");
        assertThat(first.err()).contains("next: man lifeboat");
        CliRun.Result again = cli.raw("man", "install", dir.resolve("elsewhere").toString());
        assertThat(again.code()).isZero();
        assertThat(dir.resolve("elsewhere/lifeboat-task-done.1")).exists();
    }

    @Test
    void installWithoutRenderedPagesSaysHowToGetThem() {
        CliRun cli = new CliRun(dir).env("LIFEBOAT_MAN_DIR", dir.resolve("empty").toString());
        CliRun.Result r = cli.raw("man", "install", dir.resolve("to").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no man pages in", "asciidoctor");
        assertThat(dir.resolve("to")).doesNotExist();
    }
}
