package nl.totalservice.onboarding.notification.delivery;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.notification.NotificationConfig;
import nl.totalservice.onboarding.notification.contact.PartnerContactService;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The delivery log: what went to whom for which event, and the manual retry of a failed notification. */
@ApplicationScoped
public class DeliveryLogService {

    private static final Logger LOG = Logger.getLogger(DeliveryLogService.class);

    private final NotificationConfig config;
    private final Clock clock;
    private final DeliverySignal signal;
    private final PartnerContactService contacts;

    public DeliveryLogService(NotificationConfig config, Clock clock, DeliverySignal signal,
                              PartnerContactService contacts) {
        this.config = config;
        this.clock = clock;
        this.signal = signal;
        this.contacts = contacts;
    }

    /** One page of matching notifications, newest first. */
    public record Result(List<Notification> items, long total) {
    }

    @Transactional
    public Result search(DeliveryLogFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        add(conditions, parameters, "recipient", filter.recipient() == null ? null
                : Notification.normalise(filter.recipient()));
        add(conditions, parameters, "sourceEventId", filter.sourceEventId());
        add(conditions, parameters, "leadId", filter.leadId());
        add(conditions, parameters, "taskId", filter.taskId());
        add(conditions, parameters, "partnerId", filter.partnerId());
        add(conditions, parameters, "status", filter.status());
        add(conditions, parameters, "kind", filter.kind());
        add(conditions, parameters, "ownerEmail", filter.ownerEmail() == null ? null
                : Notification.normalise(filter.ownerEmail()));
        String query = String.join(" and ", conditions);
        Sort newestFirst = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        var found = conditions.isEmpty() ? Notification.<Notification>findAll(newestFirst)
                : Notification.<Notification>find(query, newestFirst, parameters);
        return new Result(found.page(Page.of(page, size)).list(), found.count());
    }

    public Optional<Notification> find(UUID id) {
        return Notification.findByIdOptional(id);
    }

    /**
     * Re-queues a FAILED notification with a fresh set of attempts; refuses any other state (409). A
     * message to a partner goes to the partner's current address: when the partner's email was
     * corrected since (PartnerUpdated), the retry uses the corrected one, unless this event already
     * has the same kind of message to that address.
     */
    @Transactional
    public Notification retry(UUID id, String by) {
        Notification notification = Notification.<Notification>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        notification.requeue(by, config.delivery().maxAttempts(), clock.instant());
        if (notification.isForPartner()) {
            contacts.reachable(notification.partnerId())
                    .filter(partner -> !Notification.normalise(partner.email()).equals(notification.recipient()))
                    .filter(partner -> Notification.count("sourceEventId = ?1 and recipient = ?2 and kind = ?3",
                            notification.sourceEventId(), Notification.normalise(partner.email()),
                            notification.kind()) == 0)
                    .ifPresent(partner -> {
                        LOG.infof("Notification %s re-addressed from %s to %s (the partner's current address) by %s",
                                id, notification.recipient(), partner.email(), by);
                        notification.readdress(partner);
                    });
        }
        signal.wakeAfterCommit();
        return notification;
    }

    private static void add(List<String> conditions, Parameters parameters, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }
}
