package nl.totalservice.onboarding.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.notification.contact.PartnerContactService;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The delivery log: what went to whom for which event, and the manual retry of a failed notification. */
@ApplicationScoped
public class DeliveryLogService {

    private static final Logger LOG = Logger.getLogger(DeliveryLogService.class);

    private final DeliveryConfig config;
    private final Clock clock;
    private final DeliverySignal signal;
    private final PartnerContactService contacts;
    private final NotificationRepository repository;

    public DeliveryLogService(DeliveryConfig config, Clock clock, DeliverySignal signal,
                              PartnerContactService contacts, NotificationRepository repository) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
        this.signal = signal;
        this.contacts = contacts;
    }

    /** One page of matching notifications, newest first. */
    @Transactional
    public Page<Notification> search(DeliveryLogFilter filter, Paging paging) {
        return repository.search(filter, paging);
    }

    @Transactional
    public Optional<Notification> find(UUID id) {
        return repository.findByIdOptional(id);
    }

    /**
     * Re-queues a FAILED notification with a fresh set of attempts; refuses any other state (409). A
     * message to a partner goes to the partner's current address: when the partner's email was
     * corrected since (PartnerUpdated), the retry uses the corrected one, unless this event already
     * has the same kind of message to that address.
     */
    @Transactional
    public Notification retry(UUID id, String by) {
        Notification notification = repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        notification.requeue(by, config.maxAttempts(), clock.instant());
        if (notification.isForPartner()) {
            contacts.reachable(notification.partnerId())
                    .filter(partner -> !Notification.normalise(partner.email()).equals(notification.recipient()))
                    .filter(partner -> !repository.exists(notification.sourceEventId(),
                            Notification.normalise(partner.email()), notification.kind()))
                    .ifPresent(partner -> {
                        LOG.infof("Notification %s re-addressed from %s to %s (the partner's current address) by %s",
                                id, notification.recipient(), partner.email(), by);
                        notification.readdress(partner);
                    });
        }
        signal.wakeAfterCommit();
        return notification;
    }
}
