package nl.totalservice.onboarding.lead.lead.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.lead.lead.InterestReason;
import nl.totalservice.onboarding.lead.lead.LeadSource;
import nl.totalservice.onboarding.lead.lead.WithdrawalReason;
import nl.totalservice.onboarding.lead.onboarding.OnboardingConfig;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** The code lists a front end needs to build its forms, with labels. */
@Path("/api/reference-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Code lists with labels, for forms")
public class ReferenceDataResource {

    private final OnboardingConfig onboarding;

    public ReferenceDataResource(OnboardingConfig onboarding) {
        this.onboarding = onboarding;
    }

    @Schema(name = "ReferenceData", description = "Code lists used by the lead API")
    public record ReferenceData(
            @Schema(description = "Lead sources") List<LeadSource> sources,
            @Schema(description = "Not-interested reasons with English and Dutch labels") List<Reason> interestReasons,
            @Schema(description = "Withdrawal reasons") List<WithdrawalReason> withdrawalReasons,
            @Schema(description = "The configured mandatory documents checklist") List<Document> documents) {
    }

    @Schema(name = "InterestReasonLabel", description = "A not-interested reason")
    public record Reason(
            @Schema(description = "Code") InterestReason code,
            @Schema(description = "English label", examples = "Already has an accountant") String label,
            @Schema(description = "Dutch label", examples = "Heeft al een accountant") String labelNl) {
    }

    @Schema(name = "ChecklistDocument", description = "A document of the configured checklist")
    public record Document(
            @Schema(description = "Code", examples = "ENGAGEMENT_LETTER") String code,
            @Schema(description = "Label", examples = "Signed engagement letter") String label,
            @Schema(description = "Whether it must be approved", examples = "true") boolean required) {
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "getReferenceData",
            summary = "Code lists", description = "Lead sources, not-interested reasons (with labels), withdrawal "
            + "reasons and the configured mandatory documents checklist.")
    @APIResponse(responseCode = "200", description = "The code lists")
    public ReferenceData referenceData() {
        return new ReferenceData(List.of(LeadSource.values()),
                Arrays.stream(InterestReason.values()).map(r -> new Reason(r, r.label(), r.labelNl())).toList(),
                List.of(WithdrawalReason.values()),
                onboarding.documents().stream().map(d -> new Document(d.code(), d.label(), d.required())).toList());
    }
}
