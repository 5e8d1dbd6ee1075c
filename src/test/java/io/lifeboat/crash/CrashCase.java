package io.lifeboat.crash;

import java.util.List;

/**
 * One command the crash harness kills at random moments. Cases to add as their commands land:
 * {@code notify draft} (no duplicate draft per recipient), {@code notify send} against GreenMail (no mail
 * sent twice, one send attempt per draft), {@code realloc accept} (capacity reservations consistent) and
 * {@code watch} (one incident per CAP alert).
 */
interface CrashCase {
    String name();

    /** Readies a database for iteration {@code i} and returns its location (file or URL). */
    String prepare(int iteration);

    /** The killed command's arguments (after {@code --db LOCATION}). */
    List<String> command();

    /** What must hold whatever moment the process died at. */
    void checkAfterKill(String location, String context);

    /** Re-running the command in-process completes the work; checks the completed state. */
    void rerunAndCheck(String location, String context);
}
