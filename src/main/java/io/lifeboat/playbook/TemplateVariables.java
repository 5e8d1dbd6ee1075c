package io.lifeboat.playbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a notification template may use, per audience: the contract between playbooks and the
 * notification stage, which provides exactly these. A list variable has item fields, usable inside its
 * section ({@code {{#segments}}{{place}}{{/segments}}}); a scalar has none.
 */
public final class TemplateVariables {
    public static final String TRAVELER = "traveler";
    public static final String SUPPLIER = "supplier";
    public static final String REGULATOR = "regulator";
    /** Backup suppliers of an accepted reallocation plan: what to hold for whom (drafted by realloc accept). */
    public static final String BOOKING_REQUEST = "booking_request";
    public static final List<String> AUDIENCES = List.of(TRAVELER, SUPPLIER, REGULATOR, BOOKING_REQUEST);

    /** Every audience gets these. */
    public static final List<String> COMMON = List.of("incident_id", "incident_title", "hazard", "playbook_name",
            "operator_name", "hotline", "window_from_local", "window_until_local", "opened_at_local");

    private static final Map<String, Map<String, List<String>>> BY_AUDIENCE = Map.of(
            TRAVELER, variables(
                    "lead_name", "booking_id", "party_size", "priority", "reasons",
                    "segments", List.of("kind", "place", "region", "start_local", "end_local"),
                    "first_place", "first_start_local", "coupon_amount", "coupon_currency", "coupon_text",
                    "alternative", "reply_hint"),
            SUPPLIER, variables(
                    "supplier_id", "supplier_name", "bookings", "travelers",
                    "segments", List.of("booking_id", "lead_name", "party_size", "kind", "place", "start_local",
                            "end_local")),
            REGULATOR, variables(
                    "grade", "grade_name", "report_due_local", "affected_bookings", "affected_travelers", "deaths",
                    "injured", "stranded",
                    "by_region", List.of("region", "bookings", "travelers"),
                    "by_kind", List.of("kind", "segments"),
                    "actions", List.of("text"),
                    "contact_name", "contact_phone"),
            BOOKING_REQUEST, variables(
                    "supplier_id", "supplier_name", "parties", "travelers", "units", "total_cost", "currency",
                    "accepted_by",
                    "requests", List.of("booking_id", "lead_name", "party_size", "units", "needs", "kind", "place",
                            "start_local", "end_local", "km", "cost")));

    private TemplateVariables() {
    }

    /**
     * The variables of {@code audience} in documented order: name → item fields (empty for scalars).
     * Unknown audiences have only the common variables.
     */
    public static Map<String, List<String>> of(String audience) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String c : COMMON) all.put(c, List.of());
        all.putAll(BY_AUDIENCE.getOrDefault(audience, Map.of()));
        return Collections.unmodifiableMap(all);
    }

    /** Which other audience has {@code name}, for a helpful message; null when none does. */
    static String audienceWith(String name) {
        for (String a : AUDIENCES) {
            if (BY_AUDIENCE.get(a).containsKey(name)) return a;
        }
        return null;
    }

    /** Names, each optionally followed by the list of its item fields. */
    private static Map<String, List<String>> variables(Object... spec) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < spec.length; i++) {
            String name = (String) spec[i];
            List<String> items = List.of();
            if (i + 1 < spec.length && spec[i + 1] instanceof List<?> l) {
                items = l.stream().map(String.class::cast).toList();
                i++;
            }
            m.put(name, items);
        }
        return Collections.unmodifiableMap(m);
    }
}
