package io.lifeboat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for output shapes scripts depend on. A mismatch fails; to accept a deliberate change,
 * run the tests with {@code -Dgolden.update=true} and review the diff of src/test/resources/golden.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                if (!Boolean.getBoolean("golden.update") && System.getenv("CI") != null) {
                    throw new AssertionError("missing golden file " + file + " (generate it locally and commit it)");
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("golden file %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
