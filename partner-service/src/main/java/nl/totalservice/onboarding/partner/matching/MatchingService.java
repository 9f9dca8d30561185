package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.ServiceAreaConfig;
import nl.totalservice.onboarding.partner.matching.engine.Decision;
import nl.totalservice.onboarding.partner.matching.engine.LeadLocation;
import nl.totalservice.onboarding.partner.matching.engine.MatchRequest;
import nl.totalservice.onboarding.partner.matching.engine.MatchingEngine;
import nl.totalservice.onboarding.partner.matching.engine.Wish;
import nl.totalservice.onboarding.partner.matching.event.EventCandidates;
import nl.totalservice.onboarding.partner.matching.event.NoPartnerAvailable;
import nl.totalservice.onboarding.partner.matching.event.Owner;
import nl.totalservice.onboarding.partner.matching.event.PartnerMatched;
import nl.totalservice.onboarding.partner.matching.event.Trigger;
import nl.totalservice.onboarding.partner.registry.BusinessCalendar;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Runs the engine for a lead with the current partner snapshots, stores the decision, moves the
 * lead's open assignment and publishes the decision, all in one transaction. Decisions are
 * serialised (an advisory lock) so that each sees the open assignments of the one before.
 */
@ApplicationScoped
public class MatchingService {

    /** The advisory lock key of decisions and load changes. */
    static final long DECISION_LOCK = 0x6d61_7463_6869_6e67L;
    /** Marks, among the transaction's resources, that it holds the decision lock already. */
    private static final String DECISION_LOCK_HELD = MatchingService.class.getName() + ".decisionLockHeld";

    private final MatchingEngine engine;
    private final RoutedLeadRepository leads;
    private final MatchDecisionRepository decisions;
    private final PartnerSnapshots snapshots;
    private final PartnerLoads loads;
    private final LeadLocator locator;
    private final DecisionJson json;
    private final Outbox outbox;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transaction;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final DecisionMetrics metrics;
    private final int eventCandidateLimit;

    public MatchingService(MatchingConfig config, ServiceAreaConfig serviceAreas, RoutedLeadRepository leads, MatchDecisionRepository decisions,
                           PartnerSnapshots snapshots, PartnerLoads loads, LeadLocator locator, DecisionJson json,
                           Outbox outbox, EntityManager em, TransactionSynchronizationRegistry transaction,
                           BusinessCalendar calendar, Clock clock, DecisionMetrics metrics) {
        this.metrics = metrics;
        this.eventCandidateLimit = config.eventCandidateLimit();
        this.engine = new MatchingEngine(config.toPolicy(serviceAreas));
        this.leads = leads;
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.loads = loads;
        this.locator = locator;
        this.json = json;
        this.outbox = outbox;
        this.em = em;
        this.transaction = transaction;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A hypothetical lead, for the preview. */
    public record Hypothesis(String pc4, GeoPoint coordinates, UUID wishPartnerId, String wishKind,
                             Set<UUID> excludedPartnerIds, LocalDate day) {
    }

    /** A decision that is neither stored nor published. */
    public record Preview(Decision decision, DecisionInputs inputs) {
    }

    /** The coordinator asks for a (new) decision for a known lead. */
    @Transactional
    public MatchDecision request(UUID leadId) {
        RoutedLead lead = leads.findByIdOptional(leadId).orElseThrow(() -> new ProblemException(404,
                "not-found", "Not found", "Lead " + leadId + " is unknown here: no LeadInterestRecorded or task "
                + "event named it", java.util.Map.of()));
        lead.requireDecidable();
        return decide(lead, Trigger.REQUESTED, null);
    }

    /**
     * Waits for the decision lock, held to the end of the transaction. Every change to partner loads
     * takes it first, so the consumers' batch transactions queue behind one another instead of locking
     * partner_load rows in opposite orders (a deadlock). A transaction that holds it already does not ask
     * again: an interest that leads to a decision, or a batch of events, asks the database once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serialise() {
        if (transaction.getResource(DECISION_LOCK_HELD) != null) {
            return;
        }
        // reads no table; the lock guards partner_load, which no entity maps: nothing pending is written for it
        TableQueries.nativeQuery(em, "select count(*) from (select pg_advisory_xact_lock(" + DECISION_LOCK + ")) as locked",
                "partner_load").getSingleResult();
        transaction.putResource(DECISION_LOCK_HELD, Boolean.TRUE);
    }

    /** Decides for {@code lead}, stores and publishes the decision, and moves its open assignment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MatchDecision decide(RoutedLead lead, Trigger trigger, UUID taskId) {
        serialise();
        Instant now = Instant.now(clock);
        LocalDate today = calendar.today();
        LeadLocator.Placed placed = locator.place(lead.location(), lead.pc4());
        LeadLocation location = placed.location();
        Decision decision = engine.decide(new MatchRequest(location, lead.wish(), lead.declinedPartnerIds(), today,
                lead.pc4(), placed.province()), snapshots.load(lead.leadId(), today));
        DecisionInputs inputs = new DecisionInputs(lead.revision(), lead.companyName(), lead.postcode(), lead.pc4(),
                location, lead.wish() == null ? null : lead.wish().partnerId(),
                lead.wish() == null ? null : lead.wish().kind(), lead.wishNote(),
                lead.declinedPartnerIds().stream().sorted().toList(), today, engine.policy(), placed.province());
        Owner owner = lead.ownerEmail() == null ? null : new Owner(lead.ownerEmail(), lead.ownerName());
        MatchDecision stored = new MatchDecision(lead.leadId(), trigger, taskId, decision, json.write(
                new DecisionDetail(decision.candidates(), decision.skippedRules(), decision.reasons(), inputs, owner,
                        decision.reach())), now);
        decisions.persist(stored);
        metrics.countOnCommit(decision, trigger);
        EventCandidates published = EventCandidates.of(decision.candidates(), decision.candidatesOmitted(),
                namedInEvent(lead), eventCandidateLimit);
        if (decision.matched()) {
            if (lead.matched(decision.partnerId(), now)) {
                loads.settleAssigned(lead, PartnerAssignment.Source.DECISION, stored.id(), now);
            }
            outbox.publish(Topics.PARTNER_EVENTS, new PartnerMatched(UUID.randomUUID(), now, stored.id(),
                    lead.leadId(), trigger, decision.rule(), decision.partnerId(), decision.partnerName(),
                    decision.explanation(), published.listed(), published.omitted(),
                    decision.skippedRules(), owner, taskId));
        } else {
            lead.noPartner(now);
            loads.settle(lead);
            outbox.publish(Topics.PARTNER_EVENTS, new NoPartnerAvailable(UUID.randomUUID(), now, stored.id(),
                    lead.leadId(), trigger, decision.reasons(), decision.explanation(), published.listed(),
                    published.omitted(), owner, taskId));
        }
        return stored;
    }

    /** The partners a decision's event names wherever they stand: the wished one and those who declined the lead. */
    private static Set<UUID> namedInEvent(RoutedLead lead) {
        Set<UUID> named = new HashSet<>(lead.declinedPartnerIds());
        if (lead.wish() != null && lead.wish().partnerId() != null) {
            named.add(lead.wish().partnerId());
        }
        return named;
    }

    /** The decision for a hypothetical lead, with the same partners and rules; nothing is stored or published. */
    @Transactional
    public Preview preview(Hypothesis lead) {
        LocalDate day = lead.day() == null ? calendar.today() : lead.day();
        LeadLocator.Placed placed = locator.place(lead.coordinates(), lead.pc4());
        LeadLocation location = placed.location();
        Wish wish = lead.wishPartnerId() == null ? null : new Wish(lead.wishPartnerId(), lead.wishKind());
        Set<UUID> excluded = lead.excludedPartnerIds() == null ? Set.of() : lead.excludedPartnerIds();
        Decision decision = engine.decide(new MatchRequest(location, wish, excluded, day, lead.pc4(),
                placed.province()), snapshots.load(null, day));
        DecisionInputs inputs = new DecisionInputs(null, null, null, lead.pc4(), location, lead.wishPartnerId(),
                lead.wishKind(), null, excluded.stream().sorted().toList(), day, engine.policy(), placed.province());
        return new Preview(decision, inputs);
    }

    @Transactional
    public Optional<MatchDecision> find(UUID decisionId) {
        return decisions.findByIdOptional(decisionId);
    }

    /** The decisions for a lead, newest first; 404 when the lead is unknown here. */
    @Transactional
    public List<MatchDecision> ofLead(UUID leadId) {
        List<MatchDecision> found = decisions.ofLead(leadId);
        if (found.isEmpty() && leads.findById(leadId) == null) {
            throw ProblemException.notFound("Lead", leadId);
        }
        return found;
    }
}
