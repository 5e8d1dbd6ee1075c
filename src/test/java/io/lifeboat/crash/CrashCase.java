package io.lifeboat.crash;

import java.util.List;

/**
 * One command the crash harness kills at random moments: import, incident open, notify draft, notify send
 * (GreenMail) and watch so far. Still to add: {@code realloc accept} (capacity reservations consistent).
 */
interface CrashCase {
    String name();

    /** Readies a database for iteration {@code i} and returns its location (file or URL). */
    String prepare(int iteration);

    /** The killed command's arguments (after {@code --db LOCATION}). */
    List<String> command();

    /** Whether an unkilled run's exit code means it did its work (watch exits 3 when it opened something). */
    default boolean succeeded(int exitCode) {
        return exitCode == 0;
    }

    /** What must hold whatever moment the process died at. */
    void checkAfterKill(String location, String context);

    /** Re-running the command in-process completes the work; checks the completed state. */
    void rerunAndCheck(String location, String context);
}
