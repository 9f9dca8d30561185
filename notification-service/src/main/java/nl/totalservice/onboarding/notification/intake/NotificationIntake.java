package nl.totalservice.onboarding.notification.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.notification.contact.PartnerContact;
import nl.totalservice.onboarding.notification.contact.PartnerContactService;
import nl.totalservice.onboarding.notification.delivery.NotificationRepository;
import nl.totalservice.onboarding.notification.intake.payload.LeadSummary;
import nl.totalservice.onboarding.notification.intake.payload.NoPartnerAvailable;
import nl.totalservice.onboarding.notification.intake.payload.TaskAssigned;
import nl.totalservice.onboarding.notification.intake.payload.TaskDeclined;
import nl.totalservice.onboarding.notification.intake.payload.TaskOverdue;
import nl.totalservice.onboarding.notification.intake.payload.TaskReturnedToQueue;

import java.util.Optional;
import java.util.UUID;

/**
 * Turns a consumed event into the notifications it calls for, in the consumer's transaction. An
 * event whose partner we cannot reach yet is parked and handled again when the partner's contact
 * details arrive.
 */
@ApplicationScoped
public class NotificationIntake {

    private final ObjectMapper json;
    private final PartnerContactService contacts;
    private final NotificationRepository notifications;
    private final ParkedEvents parked;
    private final PartnerMessages partnerMessages;
    private final InternalMessages internalMessages;

    public NotificationIntake(ObjectMapper json, PartnerContactService contacts, NotificationRepository notifications,
                              ParkedEvents parked, PartnerMessages partnerMessages,
                              InternalMessages internalMessages) {
        this.json = json;
        this.contacts = contacts;
        this.notifications = notifications;
        this.parked = parked;
        this.partnerMessages = partnerMessages;
        this.internalMessages = internalMessages;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(SourceEvent source) {
        switch (source.type()) {
            case EventTypes.TASK_ASSIGNED -> taskAssigned(source, source.read(json, TaskAssigned.class));
            case EventTypes.TASK_OVERDUE -> taskOverdue(source, source.read(json, TaskOverdue.class));
            case EventTypes.TASK_RETURNED_TO_QUEUE ->
                    taskReturnedToQueue(source, source.read(json, TaskReturnedToQueue.class));
            case EventTypes.TASK_DECLINED -> taskDeclined(source, source.read(json, TaskDeclined.class));
            case EventTypes.NO_PARTNER_AVAILABLE ->
                    noPartnerAvailable(source, source.read(json, NoPartnerAvailable.class));
            default -> throw new IllegalArgumentException("No notifications for event type " + source.type());
        }
    }

    private void taskAssigned(SourceEvent source, TaskAssigned event) {
        Optional<PartnerContact> partner = contacts.reachable(event.partnerId());
        if (partner.isEmpty()) {
            parked.park(source, event.partnerId());
            return;
        }
        partnerMessages.taskAssigned(source, event, partner.get());
        if (event.urgent()) {
            internalMessages.urgentCall(source, event, partner.get());
        }
    }

    private void taskOverdue(SourceEvent source, TaskOverdue event) {
        Optional<PartnerContact> partner = contacts.reachable(event.partnerId());
        if (partner.isEmpty()) {
            parked.park(source, event.partnerId());
            return;
        }
        partnerMessages.overdueReminder(source, event, partner.get());
    }

    private void taskReturnedToQueue(SourceEvent source, TaskReturnedToQueue event) {
        LeadSummary lead = LeadSummary.named(event.lead()) ? event.lead()
                : LeadSummary.withCompanyName(event.lead(), notifications.latestLeadName(event.leadId()).orElse(null));
        internalMessages.overdueEscalation(source, event, contacts.find(event.partnerId()), lead);
    }

    private void taskDeclined(SourceEvent source, TaskDeclined event) {
        internalMessages.taskDeclined(source, event, contacts.find(event.partnerId()),
                notifications.latestLeadName(event.leadId()));
    }

    private void noPartnerAvailable(SourceEvent source, NoPartnerAvailable event) {
        internalMessages.noPartnerAvailable(source, event, notifications.latestLeadName(event.leadId()));
    }

    /** Handles the events that waited for {@code partnerId}, if we can reach it now (its details just changed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseParkedFor(UUID partnerId) {
        if (contacts.reachable(partnerId).isEmpty()) {
            return;
        }
        for (SourceEvent waiting : parked.takeFor(partnerId)) {
            handleInItsTrace(waiting);
        }
    }

    /** Handles one parked event if it is still parked and nobody else is handling it; returns whether it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handleParked(String eventId) {
        Optional<SourceEvent> waiting = parked.take(eventId);
        waiting.ifPresent(this::handleInItsTrace);
        return waiting.isPresent();
    }

    /** A released event's notifications continue the trace it was consumed in, not the releasing event's. */
    private void handleInItsTrace(SourceEvent waiting) {
        try (Scope ignored = waiting.trace() == null ? Scope.noop() : waiting.trace().asParent().makeCurrent()) {
            handle(waiting);
        }
    }
}
