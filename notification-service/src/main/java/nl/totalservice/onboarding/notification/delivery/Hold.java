package nl.totalservice.onboarding.notification.delivery;

import java.time.Instant;

/**
 * A message that must not go out before {@code until} (its recipient's office is closed), and why.
 *
 * @param until  the start of the recipient's next working period
 * @param reason why the office is closed now, as the producer said it (may be null)
 */
public record Hold(Instant until, String reason) {

    /** The hold an event asks for, or null when it asks for none ({@code deliverAfter} absent). */
    public static Hold of(Instant deliverAfter, String reason) {
        return deliverAfter == null ? null : new Hold(deliverAfter, reason);
    }
}
