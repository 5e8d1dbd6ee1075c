package io.lifeboat.model;

/**
 * A traveler's reply to a notification, matched to their booking and classified.
 *
 * @param classification {@code safe}, {@code needs-help} or {@code other}
 */
public record Reply(long incidentId, String bookingId, String channel, long receivedMs, String textSha256,
                    String text, String classification, long importedMs) {
    public static final String SAFE = "safe";
    public static final String NEEDS_HELP = "needs-help";
    public static final String OTHER = "other";
    public static final String NO_REPLY = "no-reply";
}
