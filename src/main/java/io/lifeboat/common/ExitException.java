package io.lifeboat.common;

/**
 * Ends a command with a chosen exit code and a one-line message for stderr.
 * Domain code throws it sparingly (mostly {@link ExitCodes#USAGE} for refused requests);
 * the CLI's exit-code mapper turns it into the process status.
 */
public class ExitException extends RuntimeException {
    private final int code;

    public ExitException(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
