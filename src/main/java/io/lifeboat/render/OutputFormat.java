package io.lifeboat.render;

/** {@code -o/--output}: a table for people, JSON and CSV in stable, documented shapes for scripts. */
public enum OutputFormat {
    TABLE, JSON, CSV;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
