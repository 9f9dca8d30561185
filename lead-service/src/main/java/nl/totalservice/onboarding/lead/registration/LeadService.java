package nl.totalservice.onboarding.lead.registration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadDetails;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.lead.lead.LeadState;
import nl.totalservice.onboarding.lead.lead.WithdrawalReason;
import nl.totalservice.onboarding.lead.lead.event.LeadEvents;
import nl.totalservice.onboarding.lead.registration.event.LeadRegistered;
import nl.totalservice.onboarding.lead.registration.event.LeadUpdated;
import nl.totalservice.onboarding.lead.registration.event.LeadWithdrawn;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Registers, corrects, withdraws and finds leads; each write is one transaction with its event. A
 * returned lead has everything its view reads loaded, so the edge can map it after the transaction.
 */
@ApplicationScoped
public class LeadService {

    private final LeadRepository leads;
    private final DuplicateLeads duplicates;
    private final LeadEvents events;
    private final Clock clock;

    public LeadService(LeadRepository leads, DuplicateLeads duplicates, LeadEvents events, Clock clock) {
        this.leads = leads;
        this.duplicates = duplicates;
        this.events = events;
        this.clock = clock;
    }

    public Lead register(LeadDetails details, String by) {
        return refusingConcurrentDuplicates(details, null, () -> {
            duplicates.refuseConflicts(details, null);
            Lead lead = Lead.register(details, by, clock.instant());
            leads.persist(lead);
            leads.flush();
            events.publish(LeadRegistered.of(lead));
            return leads.loaded(lead);
        });
    }

    public Lead correct(UUID id, LeadDetails details, Long expectedVersion, String by) {
        return refusingConcurrentDuplicates(details, id, () -> {
            Lead lead = leads.require(id);
            IfMatch.check(expectedVersion, lead.version());
            lead.requireChangeable(); // a closed lead answers with its state, not with another lead's duplicate
            duplicates.refuseConflicts(details, id);
            lead.correct(details, clock.instant());
            leads.flush();
            events.publish(LeadUpdated.of(lead, by));
            return leads.loaded(lead);
        });
    }

    @Transactional
    public Lead withdraw(UUID id, WithdrawalReason reason, String note, Long expectedVersion, String by) {
        Lead lead = leads.require(id);
        IfMatch.check(expectedVersion, lead.version());
        lead.withdraw(reason, note, by, clock.instant());
        leads.flushChanges();
        events.publish(LeadWithdrawn.of(lead));
        return leads.loaded(lead);
    }

    @Transactional
    public Lead get(UUID id) {
        return leads.loaded(leads.require(id));
    }

    /** One page of leads, newest first; {@code ownerEmail} and {@code states} filter when given. */
    @Transactional
    public Page<Lead> list(String ownerEmail, Collection<LeadState> states, Paging paging) {
        return leads.page(ownerEmail, states, paging);
    }

    /**
     * Runs {@code work} in its own transaction. When two requests race past the duplicate check, the
     * database's unique index refuses the second; it then gets the same 409 as a plain duplicate.
     */
    private Lead refusingConcurrentDuplicates(LeadDetails details, UUID self, Supplier<Lead> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (RuntimeException e) {
            if (!DuplicateLeads.isDuplicate(e)) {
                throw e;
            }
            QuarkusTransaction.requiringNew().run(() -> duplicates.refuseConflicts(details, self));
            throw e;
        }
    }
}
