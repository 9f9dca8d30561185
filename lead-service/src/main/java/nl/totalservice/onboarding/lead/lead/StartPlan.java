package nl.totalservice.onboarding.lead.lead;

import java.time.Instant;

/** Step 7's data: when and how the customer starts with the partner. */
public record StartPlan(Instant startAt, StartMode mode, String note) {
}
