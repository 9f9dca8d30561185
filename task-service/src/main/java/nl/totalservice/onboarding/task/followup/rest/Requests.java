package nl.totalservice.onboarding.task.followup.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.task.followup.CallOutcome;
import nl.totalservice.onboarding.task.followup.CompletionOutcome;
import nl.totalservice.onboarding.task.followup.ContactChannel;
import nl.totalservice.onboarding.task.followup.DeclineReason;
import nl.totalservice.onboarding.task.followup.TaskType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Request bodies of the task API. */
public final class Requests {

    private Requests() {
    }

    @Schema(name = "CreateTaskRequest", description = "A task sales opens by hand")
    public record CreateTask(
            @Schema(description = "Kind of task; LEAD_FOLLOW_UP when left out", examples = "LEAD_FOLLOW_UP", nullable = true)
            TaskType type,
            @Schema(description = "The lead to follow up (lead-service's id)", examples = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f")
            @NotNull UUID leadId,
            @Schema(description = "The partner that in sales' view should follow up (must be known and active)",
                    examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", nullable = true)
            UUID suggestedPartnerId,
            @Schema(description = "What was already discussed with the customer", maxLength = 4000,
                    examples = "Wants to meet the accountant before signing; has a webshop with stock.")
            @NotBlank @Size(max = 4000) String notes,
            @Schema(description = "Urgent: shorter accept deadline and a phone call to the partner", examples = "false",
                    nullable = true)
            Boolean urgent,
            @Schema(description = "When the follow-up should be done (in the future)", examples = "2026-07-10T17:00:00Z",
                    nullable = true)
            Instant dueAt,
            @Schema(description = "Responsible sales person; by default the lead's owner as lead-service reported it, "
                    + "else you", nullable = true)
            @Valid OwnerInput owner) {
    }

    @Schema(name = "OwnerInput", description = "The sales person responsible for the lead")
    public record OwnerInput(
            @Schema(description = "Email address", examples = "sanne.devries@totalservice.nl")
            @NotBlank @Email @Size(max = 320) String email,
            @Schema(description = "Name", examples = "Sanne de Vries", nullable = true)
            @Size(max = 300) String name) {
    }

    @Schema(name = "AssignRequest", description = "The coordinator's choice of partner")
    public record Assign(
            @Schema(description = "The partner to assign (known to task-service and active)",
                    examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
            @NotNull UUID partnerId,
            @Schema(description = "Required when the partner is not the suggested one", maxLength = 1000,
                    examples = "Suggested partner is on holiday until August", nullable = true)
            @Size(max = 1000) String overrideReason) {
    }

    @Schema(name = "CancelRequest", description = "Why the task is called off")
    public record Cancel(
            @Schema(description = "Why", maxLength = 2000, examples = "Customer chose to keep his own accountant")
            @NotBlank @Size(max = 2000) String note) {
    }

    @Schema(name = "DeclineRequest", description = "Why the partner declines")
    public record Decline(
            @Schema(description = "Reason code", examples = "NO_CAPACITY")
            @NotNull DeclineReason reason,
            @Schema(description = "Explanation; required for OTHER", maxLength = 2000, examples = "Full until September",
                    nullable = true)
            @Size(max = 2000) String note) {
    }

    @Schema(name = "PartnerDeclineRequest", description = "The decline a partner gave by phone or email, recorded by the coordinator")
    public record PartnerDecline(
            @Schema(description = "The partner who declines: the one the task is assigned to now",
                    examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
            @NotNull UUID partnerId,
            @Schema(description = "Reason code", examples = "UNAVAILABLE")
            @NotNull DeclineReason reason,
            @Schema(description = "Explanation; required for OTHER", maxLength = 2000,
                    examples = "Said on the phone: on leave until March", nullable = true)
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CustomerContactRequest", description = "The partner was in touch with the customer")
    public record CustomerContact(
            @Schema(description = "When (not in the future); now when left out", examples = "2026-07-02T14:00:00Z",
                    nullable = true)
            Instant contactedAt,
            @Schema(description = "How", examples = "PHONE", nullable = true)
            ContactChannel channel,
            @Schema(description = "What was discussed", maxLength = 2000, examples = "Intake meeting planned for 8 July",
                    nullable = true)
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CompleteRequest", description = "How the follow-up ended")
    public record Complete(
            @Schema(description = "Outcome code", examples = "CUSTOMER_PROCEEDS")
            @NotNull CompletionOutcome outcome,
            @Schema(description = "Explanation; required for OTHER", maxLength = 2000,
                    examples = "Engagement letter sent", nullable = true)
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CallOutcomeRequest", description = "What came of a call to the partner")
    public record CallResult(
            @Schema(description = "REACHED closes the call; NO_ANSWER retries later; CALL_BACK at callBackAt",
                    examples = "CALL_BACK")
            @NotNull CallOutcome outcome,
            @Schema(description = "When to call back (required for CALL_BACK, in the future)",
                    examples = "2026-07-01T14:00:00Z", nullable = true)
            Instant callBackAt,
            @Schema(description = "Free text", maxLength = 2000, examples = "Partner in a meeting until two", nullable = true)
            @Size(max = 2000) String note) {
    }
}
