package io.lifeboat.render;

/**
 * {@code -o/--output}: a table for people, JSON and CSV in stable, documented shapes for scripts;
 * GeoJSON where a command has places to draw ({@code affected INCIDENT_ID}).
 */
public enum OutputFormat {
    TABLE, JSON, CSV, GEOJSON;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
