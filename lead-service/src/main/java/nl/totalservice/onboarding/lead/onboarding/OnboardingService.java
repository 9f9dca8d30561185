package nl.totalservice.onboarding.lead.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.lead.ChecklistItem;
import nl.totalservice.onboarding.lead.lead.DomainRecord;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadDocument;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.lead.lead.OnboardingStep;
import nl.totalservice.onboarding.lead.lead.OrderConfirmation;
import nl.totalservice.onboarding.lead.lead.StartPlan;
import nl.totalservice.onboarding.lead.lead.event.LeadEvents;
import nl.totalservice.onboarding.lead.onboarding.event.LeadOnboarded;
import nl.totalservice.onboarding.lead.onboarding.event.OnboardingStartRescheduled;
import nl.totalservice.onboarding.lead.onboarding.event.OnboardingStepCompleted;
import nl.totalservice.onboarding.lead.timeline.Timeline;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Onboarding steps 4 to 7; each completed step publishes OnboardingStepCompleted, the last one LeadOnboarded. */
@ApplicationScoped
public class OnboardingService {

    private final LeadRepository leads;
    private final LeadEvents events;
    private final Timeline timeline;
    private final OnboardingConfig config;
    private final Clock clock;

    public OnboardingService(LeadRepository leads, LeadEvents events, Timeline timeline, OnboardingConfig config,
                             Clock clock) {
        this.leads = leads;
        this.events = events;
        this.timeline = timeline;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Lead recordDomain(UUID id, DomainRecord domain, Long expectedVersion, String by) {
        Lead lead = load(id, expectedVersion);
        Instant now = clock.instant();
        lead.recordDomain(domain, by, now);
        completed(lead, OnboardingStep.DOMAIN, by, now, StepDetails.domain(domain));
        return leads.loaded(lead);
    }

    @Transactional
    public Lead confirmOrder(UUID id, OrderConfirmation order, Long expectedVersion, String by) {
        Lead lead = load(id, expectedVersion);
        Instant now = clock.instant();
        boolean documentsDone = lead.confirmOrder(order, checklist(), by, now);
        completed(lead, OnboardingStep.ORDER_CONFIRMATION, by, now, StepDetails.order(order));
        if (documentsDone) {
            completed(lead, OnboardingStep.MANDATORY_DOCUMENTS, by, now, StepDetails.documents(lead.documents()));
        }
        return leads.loaded(lead);
    }

    @Transactional
    public Lead receiveDocument(UUID id, String code, String reference, String note, Long expectedVersion,
                                    String by) {
        Lead lead = load(id, expectedVersion);
        Instant now = clock.instant();
        lead.receiveDocument(code, reference, note, by, now);
        documentChanged(lead, code, "DocumentReceived", "received", by, now);
        return flushed(lead);
    }

    @Transactional
    public Lead approveDocument(UUID id, String code, String note, Long expectedVersion, String by) {
        Lead lead = load(id, expectedVersion);
        Instant now = clock.instant();
        boolean stepDone = lead.approveDocument(code, note, by, now);
        documentChanged(lead, code, "DocumentApproved", "approved", by, now);
        if (stepDone) {
            completed(lead, OnboardingStep.MANDATORY_DOCUMENTS, by, now, StepDetails.documents(lead.documents()));
        }
        return flushed(lead);
    }

    @Transactional
    public Lead rejectDocument(UUID id, String code, String reason, Long expectedVersion, String by) {
        Lead lead = load(id, expectedVersion);
        Instant now = clock.instant();
        lead.rejectDocument(code, reason, by, now);
        documentChanged(lead, code, "DocumentRejected", "rejected (" + reason + ")", by, now);
        return flushed(lead);
    }

    /** Schedules the start (completing the onboarding) or, with a reason, reschedules it. */
    @Transactional
    public Lead scheduleStart(UUID id, StartPlan plan, String reason, Long expectedVersion, String by) {
        Lead lead = load(id, expectedVersion);
        boolean rescheduling = lead.onboarding().isCompleted(OnboardingStep.START_SCHEDULED);
        if (rescheduling && reason == null) {
            throw ProblemException.invalidField("reason", "is required when rescheduling the start");
        }
        Instant now = clock.instant();
        Instant previous = lead.scheduleStart(plan, by, now);
        UUID partnerId = lead.partner().confirmedPartnerId();
        if (rescheduling) {
            leads.flushChanges();
            events.publish(new OnboardingStartRescheduled(UUID.randomUUID(), now, lead.id(), partnerId, plan.startAt(),
                    previous, plan.mode(), reason, by));
        } else {
            completed(lead, OnboardingStep.START_SCHEDULED, by, now, StepDetails.start(plan, partnerId));
            events.publish(new LeadOnboarded(UUID.randomUUID(), now, lead.id(), partnerId, now));
        }
        return leads.loaded(lead);
    }

    /** The configured checklist, as the lead copies it when step 6 opens. */
    private List<ChecklistItem> checklist() {
        return config.documents().stream()
                .map(type -> new ChecklistItem(type.code(), type.label(), type.required())).toList();
    }

    private Lead load(UUID id, Long expectedVersion) {
        Lead lead = leads.require(id);
        IfMatch.check(expectedVersion, lead.version());
        return lead;
    }

    private void completed(Lead lead, OnboardingStep step, String by, Instant at, Map<String, Object> details) {
        leads.flushChanges();
        events.publish(OnboardingStepCompleted.of(lead.id(), step, by, at, details));
    }

    private void documentChanged(Lead lead, String code, String type, String what, String by, Instant at) {
        LeadDocument document = lead.document(code);
        timeline.recordChange(lead.id(), type, "Document " + document.label() + " " + what + " by " + by,
                StepDetails.document(document), at);
    }

    private Lead flushed(Lead lead) {
        leads.flushChanges();
        return leads.loaded(lead);
    }
}
