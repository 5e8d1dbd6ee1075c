package io.lifeboat.dataset;

/** One CSV record as the row check sees it: where it is, and its values in the expected column order. */
interface Row {
    String file();

    /** The physical line (1-based, header is line 1) where the record starts. */
    long line();

    /** Number of fields the record has. */
    int width();

    /** Number of fields the header has. */
    int expectedWidth();

    /** The value of expected column {@code c}, or "" if the record is too short to have it. */
    String get(int c);
}
