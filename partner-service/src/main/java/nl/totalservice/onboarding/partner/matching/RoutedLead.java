package nl.totalservice.onboarding.partner.matching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.matching.engine.Wish;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * partner-service's view of a lead: the routing input of its latest interested revision, the
 * partners that declined it, and which partner holds it (open assignment) or counts it as a
 * customer. Its transitions keep the customer counts idempotent per lead.
 *
 * <p>Every change of status and partner goes through {@link #hold}. Whoever moves a lead settles
 * the move of its open assignment with {@link PartnerLoads#settle} in the same transaction; a
 * lead whose hold moved unsettled refuses to be written, so the per-partner counts cannot drift.
 */
@Entity
@Table(name = "routed_lead")
public class RoutedLead {

    @Id
    @Column(name = "lead_id")
    private UUID leadId;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;
    @Column(nullable = false)
    private int revision;
    @Column(name = "company_name")
    private String companyName;
    private String postcode;
    private String pc4;
    private Double latitude;
    private Double longitude;
    @Column(name = "wish_partner_id")
    private UUID wishPartnerId;
    @Column(name = "wish_kind")
    private String wishKind;
    @Column(name = "wish_note")
    private String wishNote;
    @Column(name = "owner_email")
    private String ownerEmail;
    @Column(name = "owner_name")
    private String ownerName;
    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(name = "partner_since")
    private Instant partnerSince;
    @Column(name = "counted_partner_id")
    private UUID countedPartnerId;
    @ElementCollection
    @CollectionTable(name = "routed_lead_declined", joinColumns = @JoinColumn(name = "lead_id"))
    @Column(name = "partner_id")
    private Set<UUID> declinedPartnerIds = new HashSet<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** The partner holding the lead as far as partner_load knows (when loaded, or when last settled). */
    @Transient
    private UUID settledHolder;

    protected RoutedLead() {
    }

    /** A new lead in status NEW, not yet persisted. */
    static RoutedLead create(UUID leadId, Instant now) {
        RoutedLead lead = new RoutedLead();
        lead.leadId = leadId;
        lead.status = LeadStatus.NEW;
        lead.createdAt = now;
        lead.updatedAt = now;
        return lead;
    }

    @PostLoad
    void rememberSettledHolder() {
        settledHolder = holder();
    }

    @PreUpdate
    void refuseUnsettledHold() {
        if (!Objects.equals(settledHolder, holder())) {
            throw new IllegalStateException("Lead " + leadId + " moved its open assignment from " + settledHolder
                    + " to " + holder() + " without settling the partners' loads");
        }
    }

    /** The partner that carries this lead as an open assignment, or null. */
    public UUID holder() {
        return LeadStatus.OPEN.contains(status) ? partnerId : null;
    }

    /** The partner whose partner_load row counts this lead (differs from {@link #holder} only before a settle). */
    UUID settledHolder() {
        return settledHolder;
    }

    /** The move of the open assignment since the last call (or the load), for {@link PartnerLoads} only. */
    HoldChange takeHoldChange() {
        HoldChange change = HoldChange.between(settledHolder, holder());
        settledHolder = holder();
        return change;
    }

    /** The one place where status and partner change together. */
    private void hold(LeadStatus newStatus, UUID partner) {
        status = newStatus;
        partnerId = partner;
    }

    /** What an interested revision asks of the service. */
    public enum InterestOutcome {
        /** This revision (or a later one) was handled before: nothing to do. */
        ALREADY_SEEN,
        /** A decision stands (matched, assigned or customer): keep it; the new input is stored for re-matches. */
        DECISION_STANDS,
        /** The lead was withdrawn: no decision. */
        LEAD_CLOSED,
        /** Decide now. */
        DECIDE
    }

    public InterestOutcome interested(RoutingInput input, Instant now) {
        if (revision > 0 && input.revision() <= revision) {
            return InterestOutcome.ALREADY_SEEN;
        }
        revision = input.revision();
        companyName = input.companyName();
        postcode = input.postcode();
        pc4 = input.pc4();
        latitude = input.location() == null ? null : input.location().latitude();
        longitude = input.location() == null ? null : input.location().longitude();
        wishPartnerId = input.wishPartnerId();
        wishKind = input.wishKind();
        wishNote = input.wishNote();
        ownerEmail = input.ownerEmail();
        ownerName = input.ownerName();
        updatedAt = now;
        if (status == LeadStatus.WITHDRAWN) {
            return InterestOutcome.LEAD_CLOSED;
        }
        if (status == LeadStatus.NOT_INTERESTED) {
            hold(LeadStatus.NEW, partnerId);
        }
        return LeadStatus.DECIDED.contains(status) ? InterestOutcome.DECISION_STANDS : InterestOutcome.DECIDE;
    }

    /** A "not interested" revision: an open assignment is released. Returns false for an old revision. */
    public boolean notInterested(int newRevision, Instant now) {
        if (revision > 0 && newRevision <= revision) {
            return false;
        }
        revision = newRevision;
        updatedAt = now;
        if (status != LeadStatus.CUSTOMER && status != LeadStatus.WITHDRAWN) {
            hold(LeadStatus.NOT_INTERESTED, null);
            partnerSince = null;
        }
        return true;
    }

    /** Refuses a decision for a lead that is a customer, not interested or withdrawn (409). */
    public void requireDecidable() {
        if (!decidable()) {
            throw ProblemException.illegalTransition("Lead " + leadId + " is " + status
                    + ": no partner is chosen for it any more", status);
        }
    }

    public boolean decidable() {
        return !LeadStatus.CLOSED.contains(status);
    }

    public void declinedBy(Collection<UUID> partners, Instant now) {
        declinedPartnerIds.addAll(partners);
        updatedAt = now;
    }

    /** A decision chose {@code partner}; returns whether the lead changed hands (a new assignment). */
    public boolean matched(UUID partner, Instant now) {
        boolean changed = !partner.equals(partnerId) || !LeadStatus.OPEN.contains(status);
        if (changed) {
            hold(LeadStatus.MATCHED, partner);
            partnerSince = now;
        }
        updatedAt = now;
        return changed;
    }

    public void noPartner(Instant now) {
        hold(LeadStatus.UNASSIGNED, null);
        partnerSince = null;
        updatedAt = now;
    }

    /**
     * The coordinator assigned the lead, or the partner accepted or was confirmed. Returns whether
     * the lead changed hands; ignored once the lead is a customer, not interested or withdrawn.
     */
    public boolean heldBy(UUID partner, Instant now) {
        if (LeadStatus.CLOSED.contains(status)) {
            return false;
        }
        boolean changed = !partner.equals(partnerId) || !LeadStatus.OPEN.contains(status);
        hold(LeadStatus.ASSIGNED, partner);
        if (changed) {
            partnerSince = now;
        }
        updatedAt = now;
        return changed;
    }

    /** The partner let the task go back to the queue: it no longer holds the lead. */
    public void returnedBy(UUID partner, Instant now) {
        if (LeadStatus.OPEN.contains(status) && partner.equals(partnerId)) {
            noPartner(now);
        }
    }

    /**
     * The follow-up was cancelled: the open assignment it was about is released. A task that had a
     * partner ({@code partner} not null) releases only that partner's hold; an unassigned one only a
     * match not yet assigned. So a late cancel of an old task never releases a newer task's partner.
     */
    public void followUpCancelled(UUID partner, Instant now) {
        boolean itsHold = partner == null ? status == LeadStatus.MATCHED
                : LeadStatus.OPEN.contains(status) && partner.equals(partnerId);
        if (itsHold) {
            noPartner(now);
        }
    }

    /** Onboarded with {@code partner}: counted once per lead (a second event for another partner moves the count). */
    public CountChange onboarded(UUID partner, Instant now) {
        if (status == LeadStatus.WITHDRAWN || partner.equals(countedPartnerId)) {
            return CountChange.NONE;
        }
        CountChange change = new CountChange(countedPartnerId, partner);
        countedPartnerId = partner;
        hold(LeadStatus.CUSTOMER, partner);
        if (partnerSince == null) {
            partnerSince = now;
        }
        updatedAt = now;
        return change;
    }

    /** Withdrawn: a counted customer is lost; final. */
    public CountChange withdrawn(Instant now) {
        if (status == LeadStatus.WITHDRAWN) {
            return CountChange.NONE;
        }
        CountChange change = new CountChange(countedPartnerId, null);
        countedPartnerId = null;
        hold(LeadStatus.WITHDRAWN, null);
        partnerSince = null;
        updatedAt = now;
        return change;
    }

    public Wish wish() {
        return wishPartnerId == null ? null : new Wish(wishPartnerId, wishKind);
    }

    public GeoPoint location() {
        return GeoPoint.ofNullable(latitude, longitude);
    }

    public UUID leadId() {
        return leadId;
    }

    public LeadStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    /**
     * Erasure of the customer's personal data: the company name, the full postcode, the position and
     * the wish's note go; the PC4 (routing falls back to its centre), the wish's partner and kind, the
     * status and the partners stay, so load counts and the fairness report keep adding up.
     */
    public void eraseCustomerData(Instant now) {
        companyName = null;
        postcode = null;
        latitude = null;
        longitude = null;
        wishNote = null;
        updatedAt = now;
    }

    public String companyName() {
        return companyName;
    }

    public String postcode() {
        return postcode;
    }

    public String pc4() {
        return pc4;
    }

    public String wishNote() {
        return wishNote;
    }

    public String ownerEmail() {
        return ownerEmail;
    }

    public String ownerName() {
        return ownerName;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public UUID countedPartnerId() {
        return countedPartnerId;
    }

    public Set<UUID> declinedPartnerIds() {
        return Set.copyOf(declinedPartnerIds);
    }
}
