package io.lifeboat.common;

/** The process exit codes of the interface contract. Scripts depend on these numbers. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Runtime failure: the database is unreachable, a file cannot be written, a bug. */
    public static final int FAILURE = 1;
    /** Bad usage or invalid input; the message names the file, line and field. */
    public static final int USAGE = 2;
    /** Something needs attention, where a command documents it (watch opened an incident, overdue tasks). */
    public static final int ATTENTION = 3;

    private ExitCodes() {
    }
}
