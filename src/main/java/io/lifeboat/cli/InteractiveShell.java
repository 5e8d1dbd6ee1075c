package io.lifeboat.cli;

import java.io.PrintWriter;

/**
 * The interactive shell, implemented in {@code io.lifeboat.shell} with JLine and loaded by name only when
 * {@code lifeboat shell} runs, so one-shot commands never load a line editor.
 */
public interface InteractiveShell {
    String IMPLEMENTATION = "io.lifeboat.shell.Shell";

    /** Reads and runs lines until Ctrl-D or {@code exit}; returns the exit code of the shell. */
    int run(Env env, PrintWriter out, PrintWriter err);
}
