package nl.totalservice.onboarding.notification.intake;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.contact.PartnerContact;
import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import nl.totalservice.onboarding.notification.intake.payload.LeadSummary;
import nl.totalservice.onboarding.notification.intake.payload.NoPartnerAvailable;
import nl.totalservice.onboarding.notification.intake.payload.Owner;
import nl.totalservice.onboarding.notification.intake.payload.TaskAssigned;
import nl.totalservice.onboarding.notification.intake.payload.TaskDeclined;
import nl.totalservice.onboarding.notification.intake.payload.TaskReturnedToQueue;
import nl.totalservice.onboarding.notification.message.Formats;
import nl.totalservice.onboarding.notification.message.Language;
import nl.totalservice.onboarding.notification.message.Links;
import nl.totalservice.onboarding.notification.message.NoPartnerAvailableMail;
import nl.totalservice.onboarding.notification.message.OverdueEscalationMail;
import nl.totalservice.onboarding.notification.message.TaskDeclinedMail;
import nl.totalservice.onboarding.notification.message.UrgentCallMail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The messages the coordinator and the sales owner receive. */
@ApplicationScoped
public class InternalMessages {

    private static final LeadSummary UNKNOWN_LEAD = new LeadSummary(null, null, null, null, null, null);

    private final MessageQueueing messages;
    private final Recipients recipients;
    private final Formats formats;
    private final Links links;

    public InternalMessages(MessageQueueing messages, Recipients recipients, Formats formats, Links links) {
        this.messages = messages;
        this.recipients = recipients;
        this.formats = formats;
        this.links = links;
    }

    /** Urgent assignment: the coordinator(s) and the owner must phone the partner now. */
    public void urgentCall(SourceEvent source, TaskAssigned event, PartnerContact partner) {
        LeadSummary lead = event.lead() != null ? event.lead() : UNKNOWN_LEAD;
        Owner owner = event.owner();
        var about = new MessageQueueing.About(event.leadId(), lead.companyName(), event.taskId(), event.partnerId(),
                owner);
        for (Recipient recipient : recipients.coordinatorsAndOwner(owner)) {
            UrgentCallMail model = new UrgentCallMail(recipient.name(), partner.name(), partner.contactName(),
                    partner.phone().orElse(null), partner.email(), lead.companyName(), lead.place(),
                    lead.contactName(), lead.phone(), event.notes(),
                    formats.dateTime(event.acceptBy(), recipient.language()), owner == null ? null : owner.name(),
                    owner == null ? null : owner.email(), links.coordinatorTask(event.taskId()));
            messages.queue(NotificationKind.URGENT_CALL, recipient, model, source, about);
        }
    }

    /** The task is back in the queue: the coordinator must assign it again. */
    public void overdueEscalation(SourceEvent source, TaskReturnedToQueue event, Optional<PartnerContact> partner,
                                  LeadSummary lead) {
        Owner owner = event.owner();
        var about = new MessageQueueing.About(event.leadId(), lead.companyName(), event.taskId(), event.partnerId(),
                owner);
        for (Recipient recipient : recipients.coordinators()) {
            OverdueEscalationMail model = new OverdueEscalationMail(partnerName(partner, event.partnerId()),
                    partner.flatMap(PartnerContact::phone).orElse(null), partner.map(PartnerContact::email).orElse(null),
                    lead.companyName(), lead.place(), Objects.requireNonNullElse(CodeTexts.text(CodeTexts.RETURN_REASONS, event.reason(), recipient.language()), "-"),
                    owner == null ? null : owner.name(), owner == null ? null : owner.email(),
                    links.coordinatorTask(event.taskId()));
            messages.queue(NotificationKind.OVERDUE_ESCALATION, recipient, model, source, about);
        }
    }

    /** A partner declined: the owner hears who, why, and that a new partner is being sought. */
    public void taskDeclined(SourceEvent source, TaskDeclined event, Optional<PartnerContact> partner,
                             Optional<String> leadName) {
        Optional<Recipient> owner = recipients.owner(event.owner());
        if (owner.isEmpty()) {
            return;
        }
        Recipient recipient = owner.get();
        TaskDeclinedMail model = new TaskDeclinedMail(recipient.name(), partnerName(partner, event.partnerId()),
                leadName.orElse(null), CodeTexts.text(CodeTexts.DECLINE_REASONS, event.reason(), recipient.language()), event.note(),
                event.declinedBy(), event.declinedPartnerIds().size(), links.lead(event.leadId()));
        messages.queue(NotificationKind.TASK_DECLINED, recipient, model, source,
                new MessageQueueing.About(event.leadId(), leadName.orElse(null), event.taskId(), event.partnerId(),
                        event.owner()));
    }

    /** No partner could be matched: the coordinator must choose one. */
    public void noPartnerAvailable(SourceEvent source, NoPartnerAvailable event, Optional<String> companyName) {
        String leadName = companyName.orElse("lead " + event.leadId());
        Owner owner = event.owner();
        var about = new MessageQueueing.About(event.leadId(), companyName.orElse(null), event.taskId(), null, owner);
        for (Recipient recipient : recipients.coordinators()) {
            Language language = recipient.language();
            NoPartnerAvailableMail model = new NoPartnerAvailableMail(leadName, event.leadId().toString(),
                    CodeTexts.text(CodeTexts.TRIGGERS, event.trigger(), language), event.explanation(),
                    event.reasons(), candidates(event, language), owner == null ? null : owner.name(),
                    owner == null ? null : owner.email(), links.lead(event.leadId()));
            messages.queue(NotificationKind.NO_PARTNER_AVAILABLE, recipient, model, source, about);
        }
    }

    private static List<NoPartnerAvailableMail.Candidate> candidates(NoPartnerAvailable event, Language language) {
        return event.candidates().stream().map(c -> new NoPartnerAvailableMail.Candidate(
                c.name() != null ? c.name() : String.valueOf(c.partnerId()),
                String.join(", ", c.exclusions().stream()
                        .map(code -> CodeTexts.text(CodeTexts.EXCLUSIONS, code, language)).toList()),
                c.distanceKm() == null ? null : String.format(Locale.ROOT, "%.1f km", c.distanceKm())))
                .toList();
    }

    private static String partnerName(Optional<PartnerContact> partner, UUID partnerId) {
        return partner.map(PartnerContact::name).orElse(partnerId == null ? "partner" : "partner " + partnerId);
    }

}
