package nl.totalservice.onboarding.partner.matching.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** Tolerant readers of lead-service's events: only the fields partner-service uses. */
public final class LeadEvents {

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
}
