package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.partner.matching.event.Trigger;
import nl.totalservice.onboarding.partner.registry.PartnerRegistry;
import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Follows each lead's life from the other services' events: decides when a customer is interested
 * or a partner declined, keeps the open assignment with the partner that really holds the lead,
 * and counts customers when leads are onboarded or withdrawn (idempotent per lead).
 */
@ApplicationScoped
public class LeadRouting {

    private static final Logger LOG = Logger.getLogger(LeadRouting.class);

    private final MatchingService matching;
    private final RoutedLeadRepository leads;
    private final PartnerRegistry partners;
    private final PartnerLoads loads;
    private final Clock clock;

    public LeadRouting(MatchingService matching, RoutedLeadRepository leads, PartnerRegistry partners,
                       PartnerLoads loads, Clock clock) {
        this.matching = matching;
        this.leads = leads;
        this.partners = partners;
        this.loads = loads;
        this.clock = clock;
    }

    /**
     * Interested: store the routing input and decide, unless this revision was seen (a redelivery)
     * or a decision stands (matched, assigned or customer: a later interested revision only
     * refreshes the input used by re-matches). Not interested: release an open assignment.
     */
    @Transactional
    public void interestRecorded(InterestRevision interest) {
        matching.serialise();
        UUID leadId = required(interest.leadId(), "leadId");
        boolean interested = required(interest.interested(), "interested");
        Instant now = Instant.now(clock);
        RoutedLead lead = leads.findOrCreate(leadId, now);
        int revision = interest.revision() == null ? lead.revision() + 1 : interest.revision();
        if (!interested) {
            lead.notInterested(revision, now);
            loads.settle(lead);
            return;
        }
        RoutedLead.InterestOutcome outcome = lead.interested(interest.toInput(revision), now);
        loads.settle(lead);
        if (outcome == RoutedLead.InterestOutcome.DECIDE) {
            matching.decide(lead, Trigger.INTEREST_RECORDED, null);
        } else {
            LOG.infof("Lead %s revision %d: %s, no new decision", leadId, revision, outcome);
        }
    }

    /**
     * Decide again without every partner that declined the task ({@code decliners}) and any that
     * declined this lead before.
     */
    @Transactional
    public void taskDeclined(UUID taskId, UUID leadId, Collection<UUID> decliners) {
        matching.serialise();
        UUID lead = required(leadId, "leadId");
        Instant now = Instant.now(clock);
        RoutedLead routed = leads.findOrCreate(lead, now);
        routed.declinedBy(decliners, now);
        if (!routed.decidable()) {
            LOG.infof("Task %s of lead %s declined, but the lead is %s: no new decision", taskId, lead,
                    routed.status());
            return;
        }
        matching.decide(routed, Trigger.TASK_DECLINED, taskId);
    }

    /**
     * The coordinator assigned, the partner accepted, or lead-service confirmed: the lead is that partner's.
     * Most often it already was (the coordinator took the suggestion): then no partner's load changes, and
     * the decision lock is not taken, so these events do not queue behind the decisions. The lead was read
     * before the lock; should a decision change it meanwhile, its version refuses this update and the
     * event is handled again.
     */
    @Transactional
    public void heldBy(UUID leadId, UUID partnerId, PartnerAssignment.Source source) {
        UUID lead = required(leadId, "leadId");
        UUID partner = required(partnerId, "partnerId");
        Instant now = Instant.now(clock);
        RoutedLead known = leads.findById(lead);
        if (known == null || !partner.equals(known.holder())) {
            matching.serialise(); // before the first write: every load change takes the lock first
        }
        RoutedLead routed = known != null ? known : leads.findOrCreate(lead, now);
        if (routed.heldBy(partner, now)) {
            loads.settleAssigned(routed, source, null, now);
        } else {
            loads.settle(routed);
        }
    }

    /** The partner let the accept deadline pass: it no longer holds the lead. */
    @Transactional
    public void returnedToQueue(UUID leadId, UUID partnerId) {
        matching.serialise();
        Instant now = Instant.now(clock);
        RoutedLead lead = leads.findOrCreate(required(leadId, "leadId"), now);
        lead.returnedBy(required(partnerId, "partnerId"), now);
        loads.settle(lead);
    }

    /**
     * The follow-up was called off (by sales or the coordinator, or because the lead left): no partner
     * works on the lead any more, so its open assignment no longer weighs on that partner's load
     * ({@code partnerId}: who had the task, or null when it was unassigned).
     */
    @Transactional
    public void followUpCancelled(UUID leadId, UUID partnerId) {
        matching.serialise();
        Instant now = Instant.now(clock);
        RoutedLead lead = leads.findOrCreate(required(leadId, "leadId"), now);
        lead.followUpCancelled(partnerId, now);
        loads.settle(lead);
    }

    /** Onboarded: the partner gains a customer, once per lead. */
    @Transactional
    public void onboarded(UUID leadId, UUID partner) {
        matching.serialise();
        UUID partnerId = required(partner, "partnerId");
        if (partners.find(partnerId).isEmpty()) {
            throw new UnprocessableEventException("LeadOnboarded names unknown partner " + partnerId);
        }
        Instant now = Instant.now(clock);
        RoutedLead lead = leads.findOrCreate(required(leadId, "leadId"), now);
        boolean firstTime = lead.countedPartnerId() == null;
        CountChange change = lead.onboarded(partnerId, now);
        if (firstTime && lead.countedPartnerId() != null) {
            loads.settleAssigned(lead, PartnerAssignment.Source.ONBOARDED, null, now);
        } else {
            loads.settle(lead);
        }
        apply(change);
    }

    /** Withdrawn: a counted customer is lost; an open assignment is released. */
    @Transactional
    public void withdrawn(UUID leadId) {
        matching.serialise();
        Instant now = Instant.now(clock);
        RoutedLead lead = leads.findOrCreate(required(leadId, "leadId"), now);
        CountChange change = lead.withdrawn(now);
        loads.settle(lead);
        apply(change);
    }

    private void apply(CountChange change) {
        if (change.losing() != null) {
            partners.customerLost(change.losing());
        }
        if (change.gaining() != null) {
            partners.customerGained(change.gaining());
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new UnprocessableEventException("Event has no " + field);
        }
        return value;
    }
}
