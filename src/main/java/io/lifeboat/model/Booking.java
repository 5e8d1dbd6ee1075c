package io.lifeboat.model;

import java.util.List;

/** A booking: one party travelling together, led by one person. Phone and e-mail may be absent. */
public record Booking(
        String bookingId,
        String leadName,
        int partySize,
        String phone,
        String email,
        String locale,
        String tier,
        List<String> needs,
        String status) {

    public static final String TIER_STANDARD = "standard";
    public static final String TIER_VIP = "vip";
    public static final String CONFIRMED = "confirmed";
    public static final String CANCELLED = "cancelled";

    public Booking {
        needs = List.copyOf(needs);
    }

    public boolean isVip() {
        return TIER_VIP.equals(tier);
    }
}
