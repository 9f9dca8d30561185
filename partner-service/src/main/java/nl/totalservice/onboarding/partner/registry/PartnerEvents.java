package nl.totalservice.onboarding.partner.registry;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.geography.ServiceAreaConfig;
import nl.totalservice.onboarding.partner.registry.event.PartnerRegistered;
import nl.totalservice.onboarding.partner.registry.event.ServiceAreaPayload;
import nl.totalservice.onboarding.partner.registry.event.UnavailablePayload;
import nl.totalservice.onboarding.partner.registry.event.PartnerUpdated;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes partner snapshots through the outbox, after flushing so the event carries the new version. */
@ApplicationScoped
class PartnerEvents {

    private final Outbox outbox;
    private final PartnerRepository partners;
    private final double defaultRadiusKm;

    PartnerEvents(Outbox outbox, PartnerRepository partners, ServiceAreaConfig serviceAreas) {
        this.outbox = outbox;
        this.partners = partners;
        this.defaultRadiusKm = serviceAreas.defaultRadiusKm();
    }

    void registered(Partner partner, Instant now) {
        partners.flush();
        outbox.publish(Topics.PARTNER_EVENTS, new PartnerRegistered(UUID.randomUUID(), now, partner.id(),
                partner.version(), partner.name(), partner.contactName(), partner.email(), partner.phone(),
                partner.preferredLanguage(), partner.active(), partner.postcode(), partner.city(), partner.location(),
                partner.capacity(), partner.activeCustomers(), ServiceAreaPayload.of(partner.serviceArea(), defaultRadiusKm),
                unavailable(partner)));
    }

    private static List<UnavailablePayload> unavailable(Partner partner) {
        return partner.unavailability().stream()
                .map(period -> new UnavailablePayload(period.from(), period.to(), period.reason())).toList();
    }

    void updated(Partner partner, Instant now) {
        partners.flush();
        outbox.publish(Topics.PARTNER_EVENTS, new PartnerUpdated(UUID.randomUUID(), now, partner.id(),
                partner.version(), partner.name(), partner.contactName(), partner.email(), partner.phone(),
                partner.preferredLanguage(), partner.active(), partner.postcode(), partner.city(), partner.location(),
                partner.capacity(), partner.activeCustomers(), ServiceAreaPayload.of(partner.serviceArea(), defaultRadiusKm),
                unavailable(partner)));
    }
}
