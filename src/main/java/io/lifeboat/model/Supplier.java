package io.lifeboat.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A hotel, coach fleet, cruise line or activity provider; {@code standby} suppliers are the
 * backup agreements contracted in advance. Capacity is units (rooms, seats) per day.
 */
public record Supplier(
        String supplierId,
        String name,
        SegmentKind kind,
        String region,
        double lat,
        double lon,
        int capacity,
        BigDecimal unitCost,
        String currency,
        String agreement,
        String phone,
        String email,
        String locale,
        List<String> features) {

    public static final String PRIMARY = "primary";
    public static final String STANDBY = "standby";

    public Supplier {
        features = List.copyOf(features);
    }
}
