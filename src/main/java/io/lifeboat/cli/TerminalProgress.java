package io.lifeboat.cli;

import io.lifeboat.common.ProgressListener;
import java.io.PrintWriter;
import java.io.Writer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr (me.tongfei progressbar); created only when stderr is a terminal. */
final class TerminalProgress implements ProgressListener {
    private final PrintWriter err;
    private ProgressBar bar;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void start(String task, long total) {
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(Math.max(1, total))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" MB", 1 << 20)
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(new java.io.PrintStream(new WriterStream(err), true)))
                .build();
    }

    @Override
    public void advanceTo(long done) {
        if (bar != null) bar.stepTo(done);
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
    }

    /** Adapts the command's stderr writer to the stream the progress bar wants. */
    private static final class WriterStream extends java.io.OutputStream {
        private final Writer writer;

        WriterStream(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            writer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            writer.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void flush() throws java.io.IOException {
            writer.flush();
        }
    }
}
