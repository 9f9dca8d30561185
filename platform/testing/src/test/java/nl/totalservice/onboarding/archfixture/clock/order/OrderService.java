package nl.totalservice.onboarding.archfixture.clock.order;

import java.time.Instant;

/** Reads the system clock directly: tests cannot set the time. */
public class OrderService {

    public Instant placedAt() {
        return Instant.now();
    }
}
