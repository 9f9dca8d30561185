package nl.totalservice.onboarding.lead.registration;

import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadDetails;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.lead.lead.LeadState;
import nl.totalservice.onboarding.lead.lead.WithdrawalReason;
import nl.totalservice.onboarding.lead.lead.event.LeadEvents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.registration.event.LeadRegistered;
import nl.totalservice.onboarding.lead.registration.event.LeadUpdated;
import nl.totalservice.onboarding.lead.registration.event.LeadWithdrawn;
import nl.totalservice.onboarding.lead.rest.IfMatch;
import nl.totalservice.onboarding.lead.rest.LeadPage;
import nl.totalservice.onboarding.lead.registration.rest.LeadSummaryView;
import nl.totalservice.onboarding.lead.lead.rest.LeadView;
import nl.totalservice.onboarding.lead.lead.rest.LeadViews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Registers, corrects, withdraws and finds leads; each write is one transaction with its event. */
@ApplicationScoped
public class LeadService {

    private final LeadRepository leads;
    private final DuplicateLeads duplicates;
    private final LeadEvents events;
    private final LeadViews views;

    public LeadService(LeadRepository leads, DuplicateLeads duplicates, LeadEvents events, LeadViews views) {
        this.leads = leads;
        this.duplicates = duplicates;
        this.events = events;
        this.views = views;
    }

    public LeadView register(LeadDetails details, String by) {
        return refusingConcurrentDuplicates(details, null, () -> {
            duplicates.refuseConflicts(details, null);
            Lead lead = Lead.register(details, by, Instant.now());
            leads.persist(lead);
            leads.flush();
            events.publish(LeadRegistered.of(lead));
            return views.of(lead);
        });
    }

    public LeadView correct(UUID id, LeadDetails details, Long expectedVersion, String by) {
        return refusingConcurrentDuplicates(details, id, () -> {
            Lead lead = leads.require(id);
            IfMatch.check(expectedVersion, lead.version());
            lead.requireChangeable(); // a closed lead answers with its state, not with another lead's duplicate
            duplicates.refuseConflicts(details, id);
            lead.correct(details, Instant.now());
            leads.flush();
            events.publish(LeadUpdated.of(lead, by));
            return views.of(lead);
        });
    }

    @Transactional
    public LeadView withdraw(UUID id, WithdrawalReason reason, String note, Long expectedVersion, String by) {
        Lead lead = leads.require(id);
        IfMatch.check(expectedVersion, lead.version());
        lead.withdraw(reason, note, by, Instant.now());
        leads.flushChanges();
        events.publish(LeadWithdrawn.of(lead));
        return views.of(lead);
    }

    @Transactional
    public LeadView get(UUID id) {
        return views.of(leads.require(id));
    }

    @Transactional
    public LeadPage list(String ownerEmail, List<LeadState> states, int page, int size) {
        PanacheQuery<Lead> query = leads.page(ownerEmail, states, page, size);
        List<LeadSummaryView> items = query.list().stream().map(LeadSummaryView::of).toList();
        long total = query.count();
        return new LeadPage(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * Runs {@code work} in its own transaction. When two requests race past the duplicate check, the
     * database's unique index refuses the second; it then gets the same 409 as a plain duplicate.
     */
    private LeadView refusingConcurrentDuplicates(LeadDetails details, UUID self, Supplier<LeadView> work) {
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
