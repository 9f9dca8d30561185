package nl.totalservice.onboarding.partner.matching;

import java.util.Set;

/** Where a lead is in the partner's life, as far as partner-service knows. */
public enum LeadStatus {
    /** Known, no decision yet. */
    NEW,
    /** No partner holds the lead: none was available, or the task went back to the queue. */
    UNASSIGNED,
    /** A decision chose a partner; not yet onboarded (an open assignment). */
    MATCHED,
    /** The coordinator assigned it, or the partner accepted or was confirmed; not yet onboarded (open). */
    ASSIGNED,
    /** Onboarded: counted as one of the partner's active customers. */
    CUSTOMER,
    /** The latest interest revision says not interested. */
    NOT_INTERESTED,
    /** Withdrawn: final. */
    WITHDRAWN;

    /** Statuses whose partner carries the lead as an open assignment. */
    public static final Set<LeadStatus> OPEN = Set.of(MATCHED, ASSIGNED);

    /** Statuses in which a decision stands: a new interested revision does not decide again. */
    public static final Set<LeadStatus> DECIDED = Set.of(MATCHED, ASSIGNED, CUSTOMER);

    /** Statuses in which no decision may be made. */
    public static final Set<LeadStatus> CLOSED = Set.of(CUSTOMER, NOT_INTERESTED, WITHDRAWN);
}
