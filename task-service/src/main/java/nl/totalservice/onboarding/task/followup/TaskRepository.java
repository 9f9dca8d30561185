package nl.totalservice.onboarding.task.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import nl.totalservice.onboarding.platform.database.InList;
import nl.totalservice.onboarding.platform.web.http.Paging;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Loads and finds tasks; lists are paged and ordered in the database. */
@ApplicationScoped
public class TaskRepository {

    // working time left to a due time sorts like the due time itself: working time never runs backwards
    private static final String QUEUE_ORDER = " order by t.urgent desc, t.dueAt asc nulls last, t.createdAt asc, t.id asc";
    /** Needs the filter's partner (:partner): leaves out the leads that partner declined. */
    private static final String NOT_DECLINED_BY_PARTNER = " and not exists (select 1 from FollowUpTask d "
            + "join d.declinedPartnerIds p where d.leadId = t.leadId and p = :partner)";
    private static final String NEWEST_FIRST = " order by t.createdAt desc, t.id asc";
    /** Not COMPLETED or CANCELLED: one parameter per status, so that Hibernate caches the queries' plans. */
    private static final InList ACTIVE = InList.of("t.status", "active", TaskStatus.ACTIVE);

    private final EntityManager em;

    public TaskRepository(EntityManager em) {
        this.em = em;
    }

    public void add(FollowUpTask task) {
        em.persist(task);
        em.flush(); // meet the one-open-task-per-lead index now, inside the caller's error handling
    }

    /** Writes pending changes now, so a response built afterwards shows the new version. */
    public void flush() {
        em.flush();
    }

    public Optional<FollowUpTask> find(UUID id) {
        return Optional.ofNullable(em.find(FollowUpTask.class, id));
    }

    /** Loads the task and locks its row until the transaction ends: concurrent changes queue up behind it. */
    public Optional<FollowUpTask> lock(UUID id) {
        return Optional.ofNullable(em.find(FollowUpTask.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The lead's task of this type that is not COMPLETED or CANCELLED, if any. */
    public Optional<FollowUpTask> findActive(UUID leadId, TaskType type) {
        TypedQuery<FollowUpTask> query = em.createQuery(
                "from FollowUpTask t where t.leadId = :lead and t.type = :type and " + ACTIVE.clause(), FollowUpTask.class);
        ACTIVE.parameters().forEach(query::setParameter);
        return query.setParameter("lead", leadId).setParameter("type", type).getResultStream().findFirst();
    }

    /** Every task of the lead, in any state. */
    public List<FollowUpTask> findAllOfLead(UUID leadId) {
        return em.createQuery("from FollowUpTask t where t.leadId = :lead", FollowUpTask.class)
                .setParameter("lead", leadId).getResultList();
    }

    /** Every task of the lead that is not COMPLETED or CANCELLED, whatever its type. */
    public List<FollowUpTask> findAllActive(UUID leadId) {
        TypedQuery<FollowUpTask> query = em.createQuery("from FollowUpTask t where t.leadId = :lead and " + ACTIVE.clause(),
                FollowUpTask.class);
        ACTIVE.parameters().forEach(query::setParameter);
        return query.setParameter("lead", leadId).getResultList();
    }

    public boolean existsForDecision(UUID decisionId) {
        return !em.createQuery("select t.id from FollowUpTask t where t.decisionId = :decision", UUID.class)
                .setParameter("decision", decisionId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Tasks matching the filter, newest first. */
    public Slice<FollowUpTask> search(TaskFilter filter, int page, int size) {
        return slice(filter, "", NEWEST_FIRST, page, size);
    }

    /**
     * A partner's tasks, newest first, without the tasks of any lead the partner declined (on this or
     * another task): a partner never sees a lead again once it said no.
     */
    public Slice<FollowUpTask> searchForPartner(UUID partnerId, Set<TaskStatus> statuses, int page, int size) {
        TaskFilter filter = new TaskFilter(null, null, statuses, null, null, partnerId, null, null);
        return slice(filter, NOT_DECLINED_BY_PARTNER, NEWEST_FIRST, page, size);
    }

    /** Whether the partner declined a task of this lead (any task, any time). */
    public boolean declinedLead(UUID partnerId, UUID leadId) {
        return !em.createQuery("select d.id from FollowUpTask d join d.declinedPartnerIds p "
                        + "where d.leadId = :lead and p = :partner", UUID.class)
                .setParameter("lead", leadId).setParameter("partner", partnerId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The coordinator's queue: open tasks, urgent first, then the least working time left to the due time, then oldest. */
    public Slice<FollowUpTask> queue(Boolean urgent, TaskType type, Boolean declined, int page, int size) {
        TaskFilter filter = new TaskFilter(null, null, java.util.Set.of(TaskStatus.OPEN), urgent, type, null, null,
                declined);
        return slice(filter, "", QUEUE_ORDER, page, size);
    }

    /** Calls, the ones due first. */
    public Slice<PartnerCall> calls(CallStatus status, String assignee, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status);
        }
        if (assignee != null) {
            where.append(" and lower(c.assignee) = lower(:assignee)");
            params.put("assignee", assignee);
        }
        TypedQuery<PartnerCall> query = em.createQuery("from PartnerCall c" + where + " order by c.dueAt, c.id",
                PartnerCall.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from PartnerCall c" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PartnerCall> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Slice<>(items, page, size, Paging.total(page, size, items.size(), count::getSingleResult));
    }

    public Optional<FollowUpTask> findByCall(UUID callId) {
        return em.createQuery("select t from FollowUpTask t join t.calls c where c.id = :call", FollowUpTask.class)
                .setParameter("call", callId).getResultStream().findFirst();
    }

    /**
     * The tasks with these ids (unknown ids left out), in the order of {@code ids}. Tasks this session
     * holds already come from it, the others in one statement that binds the ids as one array: its
     * plan is cached whatever the number of ids (an in-list parameter bound to a list would be
     * translated again on every call).
     */
    public Map<UUID, FollowUpTask> findAll(List<UUID> ids) {
        Map<UUID, FollowUpTask> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.unwrap(Session.class).findMultiple(FollowUpTask.class, List.copyOf(ids), SessionCheckMode.ENABLED)
                    .stream().filter(Objects::nonNull).forEach(task -> byId.putIfAbsent(task.id(), task));
        }
        return byId;
    }

    /**
     * Claims assigned tasks whose accept deadline passed and that were not marked overdue: their rows
     * stay locked until the transaction ends, and rows another instance holds are skipped.
     */
    public List<UUID> claimOverdue(Instant now, int limit) {
        return claim("select id from follow_up_task where status = 'ASSIGNED' and overdue_at is null "
                + "and accept_by <= :now order by accept_by limit :limit for update skip locked", now, limit);
    }

    /** Claims assigned tasks whose return time passed (locked, skipping rows held elsewhere). */
    public List<UUID> claimReturns(Instant now, int limit) {
        return claim("select id from follow_up_task where status = 'ASSIGNED' and return_at <= :now "
                + "order by return_at limit :limit for update skip locked", now, limit);
    }

    /**
     * Claims the tasks of open calls that are due for escalation: the task row is the aggregate's lock,
     * so the task is locked (skipping tasks held elsewhere).
     */
    public List<UUID> claimCallEscalations(Instant now, int limit) {
        return claim("select t.id from follow_up_task t where exists (select 1 from partner_call c "
                + "where c.task_id = t.id and c.status = 'OPEN' and c.escalated_at is null and c.escalate_at <= :now) "
                + "limit :limit for update of t skip locked", now, limit);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claim(String sql, Instant now, int limit) {
        List<Object> rows = em.createNativeQuery(sql)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        List<UUID> ids = new ArrayList<>(rows.size());
        rows.forEach(row -> ids.add(row instanceof UUID uuid ? uuid : UUID.fromString(row.toString())));
        return ids;
    }

    private Slice<FollowUpTask> slice(TaskFilter filter, String extraClause, String order, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1").append(extraClause);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.leadId() != null) {
            where.append(" and t.leadId = :lead");
            params.put("lead", filter.leadId());
        }
        if (filter.ownerEmail() != null) {
            where.append(" and lower(t.owner.email) = lower(:owner)");
            params.put("owner", filter.ownerEmail());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            InList statuses = InList.of("t.status", "status", filter.statuses());
            where.append(" and ").append(statuses.clause());
            params.putAll(statuses.parameters());
        }
        if (filter.urgent() != null) {
            where.append(" and t.urgent = :urgent");
            params.put("urgent", filter.urgent());
        }
        if (filter.type() != null) {
            where.append(" and t.type = :type");
            params.put("type", filter.type());
        }
        if (filter.partnerId() != null) {
            where.append(" and t.assignment.partnerId = :partner");
            params.put("partner", filter.partnerId());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and t.assignment.overdueAt is not null" : " and t.assignment.overdueAt is null");
        }
        if (filter.declined() != null) {
            where.append(filter.declined() ? " and t.declinedPartnerIds is not empty" : " and t.declinedPartnerIds is empty");
        }
        TypedQuery<FollowUpTask> query = em.createQuery("select t from FollowUpTask t" + where + order, FollowUpTask.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from FollowUpTask t" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<FollowUpTask> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Slice<>(items, page, size, Paging.total(page, size, items.size(), count::getSingleResult));
    }
}
