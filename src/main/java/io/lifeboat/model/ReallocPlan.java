package io.lifeboat.model;

import java.util.List;

/**
 * A stored reallocation plan of an incident: a draft until someone accepts it, then its units are reserved at
 * each supplier. Money and distances are decimal strings (exact); times epoch milliseconds.
 */
public record ReallocPlan(long planId, long incidentId, String status, String currency, int placedParties,
                          long placedUnits, int unplacedParties, long unplacedUnits, String totalCost, String totalKm,
                          boolean optimal, Double gap, String method, String fingerprint, long createdMs,
                          String createdBy, Long acceptedMs, String acceptedBy, List<Line> lines) {
    public static final String DRAFT = "draft";
    public static final String ACCEPTED = "accepted";

    public ReallocPlan {
        lines = List.copyOf(lines);
    }

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }

    /** One affected segment's need: placed at a supplier (with cost, distance and why) or not (with the reason). */
    public record Line(String bookingId, int seq, SegmentKind kind, int priority, int units, String supplierId,
                       String cost, String km, String reason) {
        public boolean placed() {
            return supplierId != null;
        }
    }
}
