package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.task.partner.KnownPartner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Who to phone at the partner firm. */
@Schema(name = "PartnerContact", description = "The partner firm to phone, from task-service's copy of partner-service's data")
public record PartnerContactView(
        @Schema(description = "Partner id", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
        UUID id,
        @Schema(description = "Firm name", examples = "Accountantskantoor Noord", nullable = true)
        String name,
        @Schema(description = "Contact person", examples = "Petra Bakker", nullable = true)
        String contactName,
        @Schema(description = "Phone number", examples = "+31 50 765 4321", nullable = true)
        String phone,
        @Schema(description = "Email address", examples = "info@kantoornoord.nl", nullable = true)
        String email) {

    static PartnerContactView of(UUID id, KnownPartner partner) {
        return partner == null ? new PartnerContactView(id, null, null, null, null)
                : new PartnerContactView(id, partner.name(), partner.contactName(), partner.phone(), partner.email());
    }
}
