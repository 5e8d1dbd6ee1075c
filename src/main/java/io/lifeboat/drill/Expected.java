package io.lifeboat.drill;

import java.time.Duration;

/**
 * An action the team must take {@code within} a deadline after inject {@code after}; {@code evidence} says
 * which audit entry proves it was done (or {@code manual}: recorded with {@code drill log}).
 */
public record Expected(String id, String capability, String after, Duration within, double weight, boolean critical,
                       Evidence evidence) {
}
