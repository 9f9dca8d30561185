package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.followup.ContactChannel;

import java.time.Instant;
import java.util.UUID;

/** The partner reports contact with the customer. */
public record TaskCustomerContacted(@JsonUnwrapped TaskFacts facts, UUID partnerId, Instant contactedAt,
                                    ContactChannel channel, String note) implements TaskEvent {
}
