package nl.totalservice.onboarding.notification.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.notification.delivery.NotificationRepository;
import nl.totalservice.onboarding.notification.erasure.event.LeadDataErased;
import nl.totalservice.onboarding.notification.intake.ParkedEventRepository;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Erasure on request (lead-service's {@code LeadErased}): the subjects and bodies of the notifications
 * about the lead (and its company name) go, unsent ones are not sent any more, parked events that
 * mention the lead are dropped; confirmed with {@code LeadDataErased} in the same transaction.
 */
@ApplicationScoped
public class LeadDataEraser {

    private final NotificationRepository notifications;
    private final ParkedEventRepository parked;
    private final Outbox outbox;
    private final Clock clock;

    public LeadDataEraser(NotificationRepository notifications, ParkedEventRepository parked, Outbox outbox,
                          Clock clock) {
        this.notifications = notifications;
        this.parked = parked;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void erase(UUID leadId) {
        Instant now = clock.instant();
        int erased = notifications.eraseAboutLead(leadId, now);
        int dropped = parked.deleteMentioning(leadId);
        outbox.publish(Channels.NOTIFICATION_EVENTS, new LeadDataErased(UUID.randomUUID(), now, leadId,
                LeadDataErased.SERVICE, erased, dropped));
    }
}
