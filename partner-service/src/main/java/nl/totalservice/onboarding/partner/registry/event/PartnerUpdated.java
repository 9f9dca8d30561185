package nl.totalservice.onboarding.partner.registry.event;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner changed (by the coordinator, by its customer count, or by a new gazetteer): the full
 * snapshot after the change, so consumers simply replace their copy (newer {@code version} wins).
 */
public record PartnerUpdated(UUID eventId, Instant occurredAt, UUID partnerId, long version, String name,
                             String contactName, String email, String phone, String preferredLanguage,
                             boolean active, String postcode, String city, GeoPoint location, int capacity,
                             int activeCustomers, ServiceAreaPayload serviceArea,
                             List<UnavailablePayload> unavailable) implements DomainEvent {

    @Override
    public String aggregateId() {
        return partnerId.toString();
    }
}
