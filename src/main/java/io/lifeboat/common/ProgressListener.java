package io.lifeboat.common;

/**
 * Receives progress of long work (bytes read, rows written). The CLI shows a bar on a terminal;
 * everywhere else the {@link #NONE} listener keeps domain code free of any terminal concerns.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advanceTo(long done) {
        }

        @Override
        public void finish() {
        }
    };

    void start(String task, long total);

    void advanceTo(long done);

    void finish();
}
