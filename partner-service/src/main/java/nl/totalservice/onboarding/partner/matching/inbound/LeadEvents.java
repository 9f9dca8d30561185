package nl.totalservice.onboarding.partner.matching.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.Pc4;
import nl.totalservice.onboarding.partner.matching.InterestRevision;
import nl.totalservice.onboarding.platform.messaging.inbox.IncomingEvent;
import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Tolerant readers of lead-service's events: only the fields partner-service uses. */
public final class LeadEvents {

    private static final Logger LOG = Logger.getLogger(LeadEvents.class);

    private LeadEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(Double latitude, Double longitude) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Wish(UUID partnerId, String kind, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeadInterestRecorded(UUID leadId, Integer revision, Boolean interested, String companyName,
                                       String postcode, String pc4, Location location, Wish wish, Owner owner) {

        /**
         * The revision as matching reads it: the PC4 as sent, else from the postcode; coordinates that
         * are out of range are dropped (the PC4 centre stands in for them).
         */
        public InterestRevision toRevision() {
            String area = pc4 != null && Pc4.of(pc4).isPresent() ? Pc4.of(pc4).get() : Pc4.of(postcode).orElse(null);
            GeoPoint point = null;
            if (location != null) {
                try {
                    point = GeoPoint.ofNullable(location.latitude(), location.longitude());
                } catch (IllegalArgumentException e) {
                    LOG.warnf("Lead %s has invalid coordinates (%s); using its postcode", leadId, e.getMessage());
                }
            }
            return new InterestRevision(leadId, revision, interested, companyName, postcode, area, point,
                    wish == null ? null : wish.partnerId(), wish == null ? null : wish.kind(),
                    wish == null ? null : wish.note(), owner == null ? null : owner.email(),
                    owner == null ? null : owner.name());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeadOnboarded(UUID leadId, UUID partnerId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeadWithdrawn(UUID leadId, UUID partnerId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeadPartnerConfirmed(UUID leadId, UUID partnerId) {
    }

    /** lead-service's erasure request: only the lead. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeadErased(UUID leadId) {

        UUID requiredLeadId(IncomingEvent event) {
            if (leadId == null) {
                throw new UnprocessableEventException(event.type() + " " + event.id() + " has no leadId");
            }
            return leadId;
        }
    }
}
