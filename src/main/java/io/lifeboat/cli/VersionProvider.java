package io.lifeboat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the build's version, read from a resource the build fills in. */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        // From the jar's manifest, which the JVM has already read; the resource is for runs from classes.
        String fromJar = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromJar != null && !fromJar.isBlank()) return fromJar;
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/lifeboat/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall through to "dev"
        }
        String v = p.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        // concat, not +: this class implements a Java 5 interface, so it stays out of the class-data
        // archive, and its string-concatenation call site would be linked anew at every --version.
        return new String[] {"lifeboat ".concat(version())};
    }
}
