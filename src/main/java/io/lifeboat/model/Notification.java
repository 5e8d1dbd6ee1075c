package io.lifeboat.model;

/**
 * A notification draft as stored: to whom (audience, recipient, channel, address), what (locale, template,
 * subject, body, SMS segments) and where it stands (draft, approved, sent). Times are epoch milliseconds.
 *
 * @param recipientId the booking (traveler), the supplier, or {@code regulator}
 * @param address     the phone number (sms) or e-mail address (email); null when there is none
 * @param subject     null for SMS
 * @param smsSegments null for e-mail
 * @param edited      changed by hand with {@code notify edit}: re-drafting keeps it unless {@code --reset}
 */
public record Notification(
        long id,
        long incidentId,
        String audience,
        String recipientId,
        String channel,
        String address,
        String locale,
        String template,
        String subject,
        String body,
        Integer smsSegments,
        String status,
        boolean edited,
        long draftedMs,
        long updatedMs,
        Long approvedMs,
        String approvedBy,
        Long exportedMs,
        Long sentMs,
        String sendResponse) {

    public static final String DRAFT = "draft";
    public static final String APPROVED = "approved";
    public static final String SENT = "sent";

    public static final String TRAVELER = "traveler";
    public static final String SUPPLIER = "supplier";
    public static final String REGULATOR = "regulator";
    /** A booking request to a backup supplier of an accepted reallocation plan. */
    public static final String BOOKING_REQUEST = "booking_request";

    public static final String SMS = "sms";
    public static final String EMAIL = "email";

    /** The natural key: one draft per incident, audience, recipient and channel. */
    public String key() {
        return key(audience, recipientId, channel);
    }

    public static String key(String audience, String recipientId, String channel) {
        return audience + "\u0000" + recipientId + "\u0000" + channel;
    }

    public boolean isSent() {
        return SENT.equals(status);
    }

    public boolean isApproved() {
        return APPROVED.equals(status);
    }

    /** The same draft with new content (and status), keeping its identity and history. */
    public Notification withContent(String newAddress, String newLocale, String newTemplate, String newSubject,
                                    String newBody, Integer segments, String newStatus, boolean newEdited,
                                    long nowMs) {
        boolean reapprove = !APPROVED.equals(newStatus);
        return new Notification(id, incidentId, audience, recipientId, channel, newAddress, newLocale, newTemplate,
                newSubject, newBody, segments, newStatus, newEdited, draftedMs, nowMs,
                reapprove ? null : approvedMs, reapprove ? null : approvedBy, exportedMs, sentMs, sendResponse);
    }
}
