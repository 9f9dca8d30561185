package nl.totalservice.onboarding.platform.messaging.app;

import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** Test event. */
public record ThingCreated(UUID eventId, Instant occurredAt, UUID thingId, String name) implements DomainEvent {

    @Override
    public String aggregateId() {
        return thingId.toString();
    }
}
