package nl.totalservice.onboarding.lead.registration.rest;

import nl.totalservice.onboarding.lead.lead.InterestReason;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadSource;
import nl.totalservice.onboarding.lead.lead.LeadState;
import nl.totalservice.onboarding.lead.lead.OnboardingStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A lead in a list: enough to find it and see where it is. */
@Schema(name = "LeadSummary", description = "A lead in a list")
public record LeadSummaryView(
        @Schema(description = "Lead id", examples = "0b6f5a7e-3f0c-4d51-9a38-0f6c2f1d9e21") UUID id,
        @Schema(description = "Version (ETag)", examples = "3") long version,
        @Schema(description = "Where the lead is") LeadState state,
        @Schema(description = "Company name", examples = "Bakkerij De Korenschoof B.V.") String companyName,
        @Schema(description = "KvK number or null", examples = "12345678") String kvkNumber,
        @Schema(description = "Contact person's name", examples = "Joost van Dijk") String contactName,
        @Schema(description = "Contact email", examples = "joost@korenschoof.nl") String email,
        @Schema(description = "Postcode", examples = "9711 LM") String postcode,
        @Schema(description = "City or null", examples = "Groningen") String city,
        @Schema(description = "Owner's email", examples = "sanne.devries@totalservice.nl") String ownerEmail,
        @Schema(description = "How the lead came in") LeadSource source,
        @Schema(description = "Current interest decision, or null when none yet", examples = "true") Boolean interested,
        @Schema(description = "Reason when not interested, else null") InterestReason interestReason,
        @Schema(description = "The confirmed partner, or null", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
        UUID confirmedPartnerId,
        @Schema(description = "The next onboarding step, or null when onboarded") OnboardingStep nextOnboardingStep,
        @Schema(description = "When registered", examples = "2026-07-01T09:30:00Z") Instant registeredAt,
        @Schema(description = "When last changed", examples = "2026-07-02T14:05:00Z") Instant updatedAt) {

    public static LeadSummaryView of(Lead lead) {
        return new LeadSummaryView(lead.id(), lead.version(), lead.state(), lead.companyName(), lead.kvkNumber(),
                lead.contact().name(), lead.contact().email(), lead.address().postcode(), lead.address().city(),
                lead.owner().email(), lead.source(), lead.interest().interested(), lead.interest().reason(),
                lead.partner().confirmedPartnerId(), lead.onboarding().nextStep(), lead.registeredAt(),
                lead.updatedAt());
    }
}
