package nl.totalservice.onboarding.notification.intake;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.delivery.Hold;
import nl.totalservice.onboarding.notification.delivery.NewNotification;
import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import nl.totalservice.onboarding.notification.delivery.NotificationQueue;
import nl.totalservice.onboarding.notification.intake.payload.Owner;
import nl.totalservice.onboarding.notification.message.MessageRenderer;
import nl.totalservice.onboarding.notification.message.RenderedMessage;

import java.util.UUID;

/** Renders a message for one recipient and queues it, tagged with what it is about. */
@ApplicationScoped
public class MessageQueueing {

    private final MessageRenderer renderer;
    private final NotificationQueue queue;

    public MessageQueueing(MessageRenderer renderer, NotificationQueue queue) {
        this.renderer = renderer;
        this.queue = queue;
    }

    /** What a message is about: the lead (and its company), task and partner, and the owner who may read it. */
    public record About(UUID leadId, String leadName, UUID taskId, UUID partnerId, Owner owner) {

        String ownerEmail() {
            return owner != null && owner.hasEmail() ? owner.email() : null;
        }
    }

    public void queue(NotificationKind kind, Recipient recipient, Object model, SourceEvent source, About about) {
        queue(kind, recipient, model, source, about, null);
    }

    /** Queues a message that waits until {@code hold} ends (null: at once). */
    public void queue(NotificationKind kind, Recipient recipient, Object model, SourceEvent source, About about,
                      Hold hold) {
        RenderedMessage message = renderer.render(kind.template(), recipient.language(), model);
        queue.enqueue(new NewNotification(kind, recipient.email(), recipient.name(), recipient.language(), message,
                source.id(), source.type(), about.leadId(), about.leadName(), about.taskId(), about.partnerId(),
                about.ownerEmail(), hold));
    }
}
