package nl.totalservice.onboarding.lead.lead.rest;

import nl.totalservice.onboarding.lead.lead.DocumentStatus;
import nl.totalservice.onboarding.lead.lead.DomainAction;
import nl.totalservice.onboarding.lead.lead.LeadDocument;
import nl.totalservice.onboarding.lead.lead.Onboarding;
import nl.totalservice.onboarding.lead.lead.OnboardingStep;
import nl.totalservice.onboarding.lead.lead.StartMode;
import nl.totalservice.onboarding.lead.onboarding.OnboardingConfig;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Onboarding steps 4 to 7 of a lead. */
@Schema(name = "Onboarding", description = "Onboarding steps 4 to 7: domain, order confirmation, mandatory documents, "
        + "start. Steps go in this order; 5 to 7 need the confirmed partner.")
public record OnboardingView(
        @Schema(description = "The step to do next, or null when all are done") OnboardingStep nextStep,
        @Schema(description = "The four steps in order, with when and by whom each was completed") List<StepView> steps,
        @Schema(description = "Step 4's data, or null") DomainView domain,
        @Schema(description = "Step 5's data, or null") OrderConfirmationView orderConfirmation,
        @Schema(description = "Whether step 6's checklist is fixed for this lead (it is when step 5 completes); "
                + "before that, documents shows the configured checklist", examples = "true") boolean checklistOpened,
        @Schema(description = "Step 6's checklist") List<DocumentView> documents,
        @Schema(description = "Step 7's data, or null") StartView start,
        @Schema(description = "When the last step completed, or null", examples = "2026-07-20T10:00:00Z")
        Instant onboardedAt) {

    @Schema(name = "OnboardingStepStatus", description = "One onboarding step")
    public record StepView(
            @Schema(description = "The step") OnboardingStep step,
            @Schema(description = "Its number in the process (4 to 7)", examples = "5") int processStep,
            @Schema(description = "Whether it is completed", examples = "true") boolean completed,
            @Schema(description = "When it was completed, or null", examples = "2026-07-10T11:00:00Z") Instant completedAt,
            @Schema(description = "Who completed it, or null", examples = "sanne.devries@totalservice.nl")
            String completedBy) {
    }

    @Schema(name = "Domain", description = "The customer's domain (environment) in the bookkeeping software")
    public record DomainView(
            @Schema(description = "Domain identifier", examples = "korenschoof-bv") String identifier,
            @Schema(description = "Created or changed") DomainAction action,
            @Schema(description = "Who created or changed it", examples = "support@totalservice.nl") String performedBy,
            @Schema(description = "When it was created or changed", examples = "2026-07-05T13:00:00Z") Instant performedAt) {
    }

    @Schema(name = "OrderConfirmation", description = "The signed order confirmation")
    public record OrderConfirmationView(
            @Schema(description = "Date the customer signed", examples = "2026-07-08") LocalDate signedOn,
            @Schema(description = "Where the signed document is filed", examples = "DMS-2026-004711") String documentReference,
            @Schema(description = "Who signed for the customer, or null", examples = "Joost van Dijk") String signatoryName,
            @Schema(description = "Who confirmed receipt", examples = "sanne.devries@totalservice.nl") String confirmedBy) {
    }

    @Schema(name = "MandatoryDocument", description = "One document of the mandatory documents checklist")
    public record DocumentView(
            @Schema(description = "Document code (path parameter of the document actions)", examples = "ENGAGEMENT_LETTER")
            String code,
            @Schema(description = "What the document is", examples = "Signed engagement letter") String label,
            @Schema(description = "Whether it must be approved for the step to complete", examples = "true") boolean required,
            @Schema(description = "Review status") DocumentStatus status,
            @Schema(description = "Where the received document is filed, or null", examples = "DMS-2026-004712") String reference,
            @Schema(description = "Note, or null", examples = "Scanned copy") String note,
            @Schema(description = "Who registered its receipt, or null", examples = "backoffice@totalservice.nl") String receivedBy,
            @Schema(description = "When it was received, or null", examples = "2026-07-09T09:00:00Z") Instant receivedAt,
            @Schema(description = "Who approved or rejected it, or null", examples = "backoffice@totalservice.nl") String reviewedBy,
            @Schema(description = "When it was approved or rejected, or null", examples = "2026-07-09T15:00:00Z") Instant reviewedAt,
            @Schema(description = "Why it was rejected, or null", examples = "Copy of ID is expired") String rejectionReason) {
    }

    @Schema(name = "Start", description = "The start with the partner")
    public record StartView(
            @Schema(description = "When the customer starts with the partner", examples = "2026-08-03T09:00:00Z") Instant startAt,
            @Schema(description = "Where the start meeting takes place, or null") StartMode mode,
            @Schema(description = "Note, or null", examples = "Bring last year's annual accounts") String note,
            @Schema(description = "How often it was rescheduled", examples = "0") int rescheduleCount) {
    }

    public static OnboardingView of(Onboarding onboarding, List<LeadDocument> documents,
                                    List<OnboardingConfig.DocumentType> configured) {
        List<StepView> steps = Arrays.stream(OnboardingStep.values())
                .map(step -> new StepView(step, step.processStep(), onboarding.isCompleted(step),
                        onboarding.completedAt(step), onboarding.completedBy(step)))
                .toList();
        var domain = onboarding.domain();
        var order = onboarding.order();
        var start = onboarding.start();
        // the checklist is fixed when step 5 completes; before that, leave the lazy collection unloaded
        boolean opened = onboarding.isCompleted(OnboardingStep.ORDER_CONFIRMATION) && !documents.isEmpty();
        return new OnboardingView(onboarding.nextStep(), steps,
                domain == null ? null : new DomainView(domain.identifier(), domain.action(), domain.performedBy(),
                        domain.performedAt()),
                order == null ? null : new OrderConfirmationView(order.signedOn(), order.documentReference(),
                        order.signatoryName(), onboarding.completedBy(OnboardingStep.ORDER_CONFIRMATION)),
                opened, opened ? documents.stream().map(OnboardingView::document).toList() : preview(configured),
                start == null ? null : new StartView(start.startAt(), start.mode(), start.note(),
                        onboarding.startRescheduleCount()),
                onboarding.onboardedAt());
    }

    private static DocumentView document(LeadDocument document) {
        return new DocumentView(document.code(), document.label(), document.required(), document.status(),
                document.reference(), document.note(), document.receivedBy(), document.receivedAt(),
                document.reviewedBy(), document.reviewedAt(), document.rejectionReason());
    }

    private static List<DocumentView> preview(List<OnboardingConfig.DocumentType> configured) {
        List<DocumentView> preview = new ArrayList<>();
        for (OnboardingConfig.DocumentType type : configured) {
            preview.add(new DocumentView(type.code(), type.label(), type.required(), DocumentStatus.PENDING,
                    null, null, null, null, null, null, null));
        }
        return preview;
    }
}
