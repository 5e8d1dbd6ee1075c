package io.lifeboat.dataset;

/**
 * A copy of one record, detached from the parser, so rows can be checked on other threads while the
 * file is still being read.
 */
record RowSnapshot(String file, long line, int width, String[] values) implements Row {
    @Override
    public int expectedWidth() {
        return values.length;
    }

    @Override
    public String get(int c) {
        return values[c];
    }
}
