package nl.totalservice.onboarding.partner.matching.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.partner.registry.rest.Location;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A hypothetical lead. */
@Schema(name = "PreviewRequest", description = "A hypothetical lead: where it is, whom it wishes, whom to exclude")
public record PreviewRequest(
        @Schema(description = "Postcode (1234 or 1234 AB); its PC4 centre is used without a location", examples = "9711 AB")
        @Pattern(regexp = "^\\s*[1-9][0-9]{3}\\s*([A-Za-z]{2})?\\s*$", message = "must look like 1234 or 1234 AB")
        String postcode,
        @Schema(description = "The lead's coordinates (win over the postcode)") @Valid Location location,
        @Schema(description = "The partner the customer names", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
        UUID wishPartnerId,
        @Schema(description = "Why: EXISTING_CONTACT or REFERRED_BY_PARTNER", examples = "EXISTING_CONTACT")
        @Pattern(regexp = "EXISTING_CONTACT|REFERRED_BY_PARTNER", message = "must be EXISTING_CONTACT or REFERRED_BY_PARTNER")
        String wishKind,
        @Schema(description = "Partners treated as having declined this lead") @Size(max = 1000) Set<UUID> excludedPartnerIds,
        @Schema(description = "Day for availability (default today)", examples = "2026-07-01") LocalDate day) {
}
