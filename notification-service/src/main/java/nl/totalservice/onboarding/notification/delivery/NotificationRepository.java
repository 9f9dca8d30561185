package nl.totalservice.onboarding.notification.delivery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notifications: queued once per (source event, recipient, kind), claimed by senders, searched by ops. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** What stands in the subject and bodies of a notification about an erased lead. */
    public static final String ERASED = "[erased]";
    private static final String NOT_SENT_ERASED = "Not sent: the lead's personal data was erased";

    private static final String INSERT_UNLESS_EXISTS = "insert into notification (id, kind, channel, status, "
            + "recipient, recipient_name, language, subject, text_body, html_body, source_event_id, "
            + "source_event_type, lead_id, lead_name, task_id, partner_id, owner_email, attempts, attempt_limit, "
            + "manual_retries, next_attempt_at, created_at, held_until, held_reason, version, traceparent, tracestate) "
            + "values (:id, :kind, :channel, :status, "
            + ":recipient, :recipientName, :language, :subject, :textBody, :htmlBody, :sourceEventId, "
            + ":sourceEventType, :leadId, :leadName, :taskId, :partnerId, :ownerEmail, 0, :attemptLimit, 0, :next, :now, "
            + ":heldUntil, :heldReason, 0, :traceparent, :tracestate) "
            + "on conflict on constraint notification_once do nothing";
    /** Due rows, oldest first; rows another instance is claiming are skipped, not waited for. */
    private static final String CLAIM = "select * from notification where status in ('PENDING', 'SENDING') "
            + "and next_attempt_at <= :now order by next_attempt_at limit :limit for update skip locked";
    private static final String LOCK = "select * from notification where id in (:ids) for update";
    private static final String LATEST_LEAD_NAME = "select lead_name from notification where lead_id = :lead "
            + "and lead_name is not null order by created_at desc limit 1";

    /** Inserts {@code notification} unless that message exists (the unique key decides); returns whether it did. */
    boolean insertUnlessExists(Notification notification) {
        int inserted = getEntityManager().createNativeQuery(INSERT_UNLESS_EXISTS).unwrap(NativeQuery.class)
                .setParameter("id", notification.id(), UUID.class)
                .setParameter("kind", notification.kind().name(), String.class)
                .setParameter("channel", notification.channel().name(), String.class)
                .setParameter("status", notification.status().name(), String.class)
                .setParameter("recipient", notification.recipient(), String.class)
                .setParameter("recipientName", notification.recipientName(), String.class)
                .setParameter("language", notification.language(), String.class)
                .setParameter("subject", notification.subject(), String.class)
                .setParameter("textBody", notification.textBody(), String.class)
                .setParameter("htmlBody", notification.htmlBody(), String.class)
                .setParameter("sourceEventId", notification.sourceEventId(), String.class)
                .setParameter("sourceEventType", notification.sourceEventType(), String.class)
                .setParameter("leadId", notification.leadId(), UUID.class)
                .setParameter("leadName", notification.leadName(), String.class)
                .setParameter("taskId", notification.taskId(), UUID.class)
                .setParameter("partnerId", notification.partnerId(), UUID.class)
                .setParameter("ownerEmail", notification.ownerEmail(), String.class)
                .setParameter("attemptLimit", notification.attemptLimit(), Integer.class)
                .setParameter("now", notification.createdAt(), Instant.class)
                .setParameter("traceparent", notification.trace() == null ? null : notification.trace().traceparent(),
                        String.class)
                .setParameter("tracestate", notification.trace() == null ? null : notification.trace().tracestate(),
                        String.class)
                .setParameter("next", notification.nextAttemptAt(), Instant.class)
                .setParameter("heldUntil", notification.heldUntil(), Instant.class)
                .setParameter("heldReason", notification.heldReason(), String.class)
                .executeUpdate();
        return inserted > 0;
    }

    /** Locks up to {@code limit} due notifications, skipping those another transaction holds. */
    @SuppressWarnings("unchecked")
    List<Notification> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery(CLAIM, Notification.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Locks the notifications with these ids (waiting for any other holder). */
    @SuppressWarnings("unchecked")
    List<Notification> lock(Collection<UUID> ids) {
        return getEntityManager().createNativeQuery(LOCK, Notification.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Whether the event already has a message of this kind to this (normalised) address. */
    boolean exists(String sourceEventId, String recipient, NotificationKind kind) {
        return count("sourceEventId = ?1 and recipient = ?2 and kind = ?3", sourceEventId, recipient, kind) > 0;
    }

    /**
     * The customer's name we last wrote about for a lead: events without a lead summary (a decline,
     * no partner available) still name the customer when an earlier message did.
     */
    public Optional<String> latestLeadName(UUID leadId) {
        if (leadId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> names = getEntityManager().createNativeQuery(LATEST_LEAD_NAME)
                .setParameter("lead", leadId)
                .getResultList();
        return names.stream().findFirst();
    }

    /** One page of the notifications matching {@code filter}, newest first. */
    Page<Notification> search(DeliveryLogFilter filter, Paging paging) {
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
        Sort newestFirst = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        PanacheQuery<Notification> found = conditions.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        List<Notification> items = found.page(io.quarkus.panache.common.Page.of(paging.page(), paging.size())).list();
        return Page.of(items, paging, paging.total(items.size(), found::count));
    }

    private static void add(List<String> conditions, Parameters parameters, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }

    /**
     * Erasure of a lead's personal data: unsent notifications about it are given up (FAILED, never
     * sent), and every notification about it loses its subject, bodies and company name. The version
     * moves on, so a delivery in flight cannot write the old text back. Returns how many were erased.
     */
    public int eraseAboutLead(UUID leadId, Instant now) {
        update("status = ?2, failedAt = ?3, lastError = ?4, version = version + 1 where leadId = ?1 and status = ?5",
                leadId, NotificationStatus.FAILED, now, NOT_SENT_ERASED, NotificationStatus.PENDING);
        return update("subject = ?2, textBody = ?2, htmlBody = ?2, leadName = null, version = version + 1 "
                + "where leadId = ?1", leadId, ERASED);
    }
}
