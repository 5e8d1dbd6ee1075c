package io.lifeboat.playbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the operator offers affected travelers (the seeds' future-trip coupon, visible service promises). */
public record Compensation(List<Offer> offers) {
    public Compensation {
        offers = List.copyOf(offers);
    }

    /** One offer: a coupon amount and currency, and its text per locale. */
    public record Offer(String id, String kind, BigDecimal amount, String currency, Map<String, String> text) {
        public Offer {
            text = text == null ? Map.of() : Map.copyOf(text);
        }
    }
}
