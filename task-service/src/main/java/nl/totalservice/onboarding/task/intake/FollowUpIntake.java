package nl.totalservice.onboarding.task.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;
import nl.totalservice.onboarding.task.followup.CancelReason;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.SuggestionChangeReason;
import nl.totalservice.onboarding.task.followup.TaskOrigin;
import nl.totalservice.onboarding.task.followup.TaskRepository;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import nl.totalservice.onboarding.task.followup.TaskType;
import nl.totalservice.onboarding.task.followup.event.TaskEvents;
import nl.totalservice.onboarding.task.lead.LeadDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What other services' events do to tasks: partner-service's decisions open tasks or change their
 * suggestion; lead-service's withdrawal or "not interested" calls open tasks off. Runs inside the
 * event processor's transaction (inbox de-duplication happens there).
 */
@ApplicationScoped
public class FollowUpIntake {

    static final String PARTNER_SERVICE = "partner-service";
    static final String LEAD_SERVICE = "lead-service";

    private final TaskRepository tasks;
    private final TaskEvents events;
    private final LeadDirectory leads;
    private final Clock clock;

    public FollowUpIntake(TaskRepository tasks, TaskEvents events, LeadDirectory leads, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.leads = leads;
        this.clock = clock;
    }

    /** A new decision opens a follow-up, or (after a decline) becomes the declined task's new suggestion. */
    @Transactional
    public void partnerMatched(MatchingDecision decision) {
        require(decision.leadId(), "leadId");
        require(decision.decisionId(), "decisionId");
        require(decision.partnerId(), "partnerId");
        if (decision.afterDecline() && decision.taskId() != null) {
            resuggest(declinedTask(decision.taskId(), decision.leadId()), decision.partnerId(), decision.decisionId(),
                    SuggestionChangeReason.REMATCHED_AFTER_DECLINE, decision.note());
            return;
        }
        if (tasks.existsForDecision(decision.decisionId())) {
            return; // this decision already opened its task (a re-publication of the same decision)
        }
        Optional<FollowUpTask> open = tasks.findActive(decision.leadId(), TaskType.LEAD_FOLLOW_UP);
        if (open.isPresent()) {
            adopt(tasks.lock(open.get().id()).orElseThrow(), decision);
            return;
        }
        FollowUpTask task = FollowUpTask.fromMatch(decision.leadId(), decision.decisionId(), decision.partnerId(),
                decision.note(), ownerFor(decision.leadId(), decision.owner()), PARTNER_SERVICE, clock.instant());
        tasks.add(task);
        events.created(task);
    }

    /**
     * No partner fits: a declined task loses its suggestion (the coordinator picks by hand); for a
     * fresh decision a task without a suggestion is opened, so the interested lead is not dropped.
     */
    @Transactional
    public void noPartnerAvailable(MatchingDecision decision) {
        require(decision.leadId(), "leadId");
        require(decision.decisionId(), "decisionId");
        String note = decision.note();
        if (decision.taskId() != null) {
            resuggest(declinedTask(decision.taskId(), decision.leadId()), null, decision.decisionId(),
                    SuggestionChangeReason.NO_PARTNER_AVAILABLE, note);
            return;
        }
        if (tasks.existsForDecision(decision.decisionId())) {
            return;
        }
        Optional<FollowUpTask> open = tasks.findActive(decision.leadId(), TaskType.LEAD_FOLLOW_UP);
        if (open.isPresent()) {
            tasks.lock(open.get().id()).orElseThrow().noteDecision(null, note, PARTNER_SERVICE, clock.instant());
            return;
        }
        FollowUpTask task = FollowUpTask.fromMatch(decision.leadId(), decision.decisionId(), null, note,
                ownerFor(decision.leadId(), decision.owner()), PARTNER_SERVICE, clock.instant());
        tasks.add(task);
        events.created(task);
    }

    /** The lead was withdrawn: its open tasks are called off. */
    @Transactional
    public void leadWithdrawn(UUID leadId, String reason, String note, String withdrawnBy) {
        require(leadId, "leadId");
        cancelActive(leadId, CancelReason.LEAD_WITHDRAWN, join(reason, note), actor(withdrawnBy));
    }

    /** A "not interested" revision calls the lead's open tasks off; an "interested" one changes nothing here. */
    @Transactional
    public void interestRecorded(UUID leadId, Boolean interested, String reason, String note, String recordedBy) {
        require(leadId, "leadId");
        if (!Boolean.FALSE.equals(interested)) {
            return;
        }
        cancelActive(leadId, CancelReason.LEAD_NOT_INTERESTED, join(reason, note), actor(recordedBy));
    }

    private void cancelActive(UUID leadId, CancelReason reason, String note, String actor) {
        List<FollowUpTask> active = tasks.findAllActive(leadId);
        for (FollowUpTask found : active) {
            FollowUpTask task = tasks.lock(found.id()).orElseThrow();
            if (task.status().isFinal()) {
                continue;
            }
            Instant now = clock.instant();
            UUID partner = task.cancel(reason, note, actor, now).orElse(null);
            events.cancelled(task, partner, actor, note, now);
        }
    }

    private void resuggest(FollowUpTask task, UUID partnerId, UUID decisionId, SuggestionChangeReason reason,
                           String note) {
        Instant now = clock.instant();
        boolean sameDecision = Objects.equals(task.decisionId(), decisionId);
        boolean unchanged = Objects.equals(task.suggestedPartnerId(), partnerId);
        if (task.status() != TaskStatus.OPEN || sameDecision || unchanged
                || (partnerId != null && task.declinedPartnerIds().contains(partnerId))) {
            if (!sameDecision) {
                task.noteDecision(partnerId, note, PARTNER_SERVICE, now);
            }
            return;
        }
        UUID previous = task.suggestedPartnerId();
        task.changeSuggestion(partnerId, decisionId, reason, note, PARTNER_SERVICE, now);
        events.suggestionChanged(task, previous, reason, now);
    }

    /** A lead's open task meets a newer decision: it replaces a matched (or missing) suggestion, never sales' own. */
    private void adopt(FollowUpTask task, MatchingDecision decision) {
        boolean mayReplace = task.status() == TaskStatus.OPEN
                && (task.suggestedPartnerId() == null || task.origin() == TaskOrigin.MATCHED);
        if (mayReplace) {
            resuggest(task, decision.partnerId(), decision.decisionId(), SuggestionChangeReason.NEW_MATCHING_DECISION,
                    decision.note());
        } else {
            task.noteDecision(decision.partnerId(), decision.note(), PARTNER_SERVICE, clock.instant());
        }
    }

    private FollowUpTask declinedTask(UUID taskId, UUID leadId) {
        FollowUpTask task = tasks.lock(taskId).orElseThrow(() -> new UnprocessableEventException(
                "Decision refers to task " + taskId + ", which task-service does not know"));
        if (!task.leadId().equals(leadId)) {
            throw new UnprocessableEventException("Decision for lead " + leadId + " refers to task " + taskId
                    + " of lead " + task.leadId());
        }
        return task;
    }

    private Owner ownerFor(UUID leadId, Owner fromEvent) {
        if (fromEvent != null && fromEvent.email() != null) {
            return fromEvent;
        }
        return leads.find(leadId).filter(lead -> lead.ownerEmail() != null)
                .map(lead -> new Owner(lead.ownerEmail(), lead.ownerName())).orElse(null);
    }

    private static String join(String code, String note) {
        if (code == null) {
            return note;
        }
        return note == null || note.isBlank() ? code : code + ": " + note;
    }

    private static String actor(String who) {
        return who == null || who.isBlank() ? LEAD_SERVICE : who;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new UnprocessableEventException("Event lacks required field " + field);
        }
    }
}
