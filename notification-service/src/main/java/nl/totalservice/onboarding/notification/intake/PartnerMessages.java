package nl.totalservice.onboarding.notification.intake;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.contact.PartnerContact;
import nl.totalservice.onboarding.notification.delivery.Hold;
import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import nl.totalservice.onboarding.notification.intake.payload.LeadSummary;
import nl.totalservice.onboarding.notification.intake.payload.Owner;
import nl.totalservice.onboarding.notification.intake.payload.TaskAssigned;
import nl.totalservice.onboarding.notification.intake.payload.TaskOverdue;
import nl.totalservice.onboarding.notification.message.Formats;
import nl.totalservice.onboarding.notification.message.Language;
import nl.totalservice.onboarding.notification.message.Links;
import nl.totalservice.onboarding.notification.message.OverdueReminderMail;
import nl.totalservice.onboarding.notification.message.TaskAssignedMail;

/**
 * The messages a partner receives: its new task, and a reminder when it did not accept in time. Both
 * wait for the partner's office to open when task-service says so ({@code deliverAfter}).
 */
@ApplicationScoped
public class PartnerMessages {

    private static final LeadSummary UNKNOWN_LEAD = new LeadSummary(null, null, null, null, null, null);

    private final MessageQueueing messages;
    private final Recipients recipients;
    private final Formats formats;
    private final Links links;

    public PartnerMessages(MessageQueueing messages, Recipients recipients, Formats formats, Links links) {
        this.messages = messages;
        this.recipients = recipients;
        this.formats = formats;
        this.links = links;
    }

    public void taskAssigned(SourceEvent source, TaskAssigned event, PartnerContact partner) {
        Recipient recipient = recipients.partner(partner);
        Language language = recipient.language();
        LeadSummary lead = event.lead() != null ? event.lead() : UNKNOWN_LEAD;
        Owner owner = event.owner();
        TaskAssignedMail model = new TaskAssignedMail(partner.name(), partner.contactName(), lead.companyName(),
                lead.place(), blankToNull(event.notes()),
                event.urgent(), formats.dateTime(event.dueAt(), language),
                formats.dateTime(event.acceptBy(), language), owner == null ? null : owner.name(),
                owner == null ? null : owner.email(), links.partnerTask(event.taskId()));
        messages.queue(NotificationKind.TASK_ASSIGNED, recipient, model, source,
                new MessageQueueing.About(event.leadId(), lead.companyName(), event.taskId(), event.partnerId(),
                        owner), Hold.of(event.deliverAfter(), event.deliverAfterReason()));
    }

    public void overdueReminder(SourceEvent source, TaskOverdue event, PartnerContact partner) {
        Recipient recipient = recipients.partner(partner);
        LeadSummary lead = event.lead() != null ? event.lead() : UNKNOWN_LEAD;
        OverdueReminderMail model = new OverdueReminderMail(partner.name(), partner.contactName(),
                lead.companyName(), lead.place(),
                formats.dateTime(event.acceptBy(), recipient.language()), event.urgent(),
                links.partnerTask(event.taskId()));
        messages.queue(NotificationKind.OVERDUE_REMINDER, recipient, model, source,
                new MessageQueueing.About(event.leadId(), lead.companyName(), event.taskId(), event.partnerId(),
                        event.owner()), Hold.of(event.deliverAfter(), event.deliverAfterReason()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
