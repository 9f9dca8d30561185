package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The onboarding part of the lead: the data of steps 4 to 7, when each was completed, and the rules
 * of their order (4, 5, 6, 7; steps 5 to 7 need the confirmed partner). The lead passes its state in.
 */
@Embeddable
public class Onboarding {

    @Column(name = "domain_identifier")
    String domainIdentifier;
    @Enumerated(EnumType.STRING)
    @Column(name = "domain_action")
    DomainAction domainAction;
    @Column(name = "domain_performed_by")
    String domainPerformedBy;
    @Column(name = "domain_performed_at")
    Instant domainPerformedAt;
    @Column(name = "domain_completed_by")
    String domainCompletedBy;
    @Column(name = "domain_completed_at")
    Instant domainCompletedAt;

    @Column(name = "order_signed_on")
    LocalDate orderSignedOn;
    @Column(name = "order_document_reference")
    String orderDocumentReference;
    @Column(name = "order_signatory_name")
    String orderSignatoryName;
    @Column(name = "order_confirmed_by")
    String orderConfirmedBy;
    @Column(name = "order_completed_at")
    Instant orderCompletedAt;

    @Column(name = "documents_completed_by")
    String documentsCompletedBy;
    @Column(name = "documents_completed_at")
    Instant documentsCompletedAt;

    @Column(name = "start_at")
    Instant startAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "start_mode")
    StartMode startMode;
    @Column(name = "start_note")
    String startNote;
    @Column(name = "start_scheduled_by")
    String startScheduledBy;
    @Column(name = "start_completed_at")
    Instant startCompletedAt;
    @Column(name = "start_reschedule_count", nullable = false)
    int startRescheduleCount;

    @Column(name = "onboarded_at")
    Instant onboardedAt;

    public boolean isCompleted(OnboardingStep step) {
        return completedAt(step) != null;
    }

    public Instant completedAt(OnboardingStep step) {
        return switch (step) {
            case DOMAIN -> domainCompletedAt;
            case ORDER_CONFIRMATION -> orderCompletedAt;
            case MANDATORY_DOCUMENTS -> documentsCompletedAt;
            case START_SCHEDULED -> startCompletedAt;
        };
    }

    public String completedBy(OnboardingStep step) {
        return switch (step) {
            case DOMAIN -> domainCompletedBy;
            case ORDER_CONFIRMATION -> orderConfirmedBy;
            case MANDATORY_DOCUMENTS -> documentsCompletedBy;
            case START_SCHEDULED -> isCompleted(step) ? startScheduledBy : null;
        };
    }

    /** The first step not completed yet, or null when all are. */
    public OnboardingStep nextStep() {
        for (OnboardingStep step : OnboardingStep.values()) {
            if (!isCompleted(step)) {
                return step;
            }
        }
        return null;
    }

    public List<OnboardingStep> completedSteps() {
        List<OnboardingStep> done = new ArrayList<>();
        for (OnboardingStep step : OnboardingStep.values()) {
            if (isCompleted(step)) {
                done.add(step);
            }
        }
        return done;
    }

    /** Step 4: allowed once the customer is interested (a partner is not needed yet). */
    public void recordDomain(DomainRecord domain, LeadState state, String by, Instant at) {
        requireNotCompleted(OnboardingStep.DOMAIN, state);
        if (state != LeadState.INTERESTED && state != LeadState.PARTNER_CONFIRMED) {
            throw StepRefusal.of("The domain is set up once the customer is interested; the lead is " + state,
                    state, this);
        }
        domainIdentifier = domain.identifier();
        domainAction = domain.action();
        domainPerformedBy = domain.performedBy();
        domainPerformedAt = domain.performedAt();
        domainCompletedBy = by;
        domainCompletedAt = at;
    }

    /** Step 5: needs the confirmed partner and step 4. */
    public void confirmOrder(OrderConfirmation order, LeadState state, String by, Instant at) {
        requireNotCompleted(OnboardingStep.ORDER_CONFIRMATION, state);
        requireReady(OnboardingStep.ORDER_CONFIRMATION, state);
        orderSignedOn = order.signedOn();
        orderDocumentReference = order.documentReference();
        orderSignatoryName = order.signatoryName();
        orderConfirmedBy = by;
        orderCompletedAt = at;
    }

    /** Step 6 is open for document changes from step 5 until the lead is onboarded. */
    public void requireDocumentsOpen(LeadState state) {
        requireReady(OnboardingStep.MANDATORY_DOCUMENTS, state);
    }

    /** Step 6 completes when the checklist says so; returns whether it completed now. */
    public boolean completeDocumentsIf(boolean satisfied, String by, Instant at) {
        if (!satisfied || isCompleted(OnboardingStep.MANDATORY_DOCUMENTS)) {
            return false;
        }
        documentsCompletedBy = by;
        documentsCompletedAt = at;
        return true;
    }

    /**
     * Step 7: the first schedule completes the step (needs step 6); a later one reschedules, also
     * after the lead is onboarded. Returns the previous start, or null when this completed the step.
     */
    public Instant scheduleStart(StartPlan plan, LeadState state, String by, Instant at) {
        Instant previous = null;
        if (isCompleted(OnboardingStep.START_SCHEDULED)) {
            if (state != LeadState.ONBOARDED) {
                throw StepRefusal.of("The start of a lead that is " + state + " cannot be rescheduled", state, this);
            }
            previous = startAt;
            startRescheduleCount++;
        } else {
            requireReady(OnboardingStep.START_SCHEDULED, state);
            startCompletedAt = at;
        }
        startAt = plan.startAt();
        startMode = plan.mode();
        startNote = plan.note();
        startScheduledBy = by;
        return previous;
    }

    public void onboarded(Instant at) {
        onboardedAt = at;
    }

    private void requireNotCompleted(OnboardingStep step, LeadState state) {
        if (isCompleted(step)) {
            throw StepRefusal.of("Step " + step + " is already completed", state, this);
        }
    }

    /** Steps 5 to 7: the partner is confirmed, the lead not closed, and the step before is completed. */
    private void requireReady(OnboardingStep step, LeadState state) {
        if (state != LeadState.PARTNER_CONFIRMED) {
            String why = state == LeadState.INTERESTED
                    ? "needs a confirmed partner: a partner must accept the follow-up first"
                    : "is not possible while the lead is " + state;
            throw StepRefusal.of("Step " + step + " " + why, state, this);
        }
        OnboardingStep before = OnboardingStep.values()[step.ordinal() - 1];
        if (!isCompleted(before)) {
            throw StepRefusal.of("Step " + step + " comes after step " + before + ", which is not completed",
                    state, this);
        }
    }

    public DomainRecord domain() {
        return domainCompletedAt == null ? null
                : new DomainRecord(domainIdentifier, domainAction, domainPerformedBy, domainPerformedAt);
    }

    public OrderConfirmation order() {
        return orderCompletedAt == null ? null
                : new OrderConfirmation(orderSignedOn, orderDocumentReference, orderSignatoryName);
    }

    public StartPlan start() {
        return startCompletedAt == null ? null : new StartPlan(startAt, startMode, startNote);
    }

    public int startRescheduleCount() {
        return startRescheduleCount;
    }

    public Instant onboardedAt() {
        return onboardedAt;
    }

    /** The signatory's name and the start note are personal data or may hold it: gone on erasure. */
    void eraseNotes() {
        orderSignatoryName = null;
        startNote = null;
    }
}
