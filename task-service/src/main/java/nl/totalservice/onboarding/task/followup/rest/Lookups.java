package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.lead.KnownLead;
import nl.totalservice.onboarding.task.lead.LeadSummary;
import nl.totalservice.onboarding.task.partner.KnownPartner;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lead and partner copies loaded once for a page of tasks (no query per task), and the clock of each
 * task's next deadline. Partners are loaded on first use: a view that names none reads none.
 */
public final class Lookups {

    private final Map<UUID, KnownLead> leads;
    private final Supplier<Map<UUID, KnownPartner>> partnerSource;
    private final Function<FollowUpTask, ClockView> clocks;
    private Map<UUID, KnownPartner> partners;

    Lookups(Map<UUID, KnownLead> leads, Supplier<Map<UUID, KnownPartner>> partners,
            Function<FollowUpTask, ClockView> clocks) {
        this.leads = leads;
        this.partnerSource = partners;
        this.clocks = clocks;
    }

    /** The clock of the task's next deadline, or null when no deadline runs. */
    public ClockView clock(FollowUpTask task) {
        return clocks.apply(task);
    }

    public LeadSummary lead(UUID leadId) {
        KnownLead lead = leads.get(leadId);
        return lead == null ? null : lead.summary();
    }

    public boolean knowsLead(UUID leadId) {
        return leads.containsKey(leadId);
    }

    public KnownPartner partner(UUID partnerId) {
        return partnerId == null ? null : partners().get(partnerId);
    }

    public PartnerRefView ref(UUID partnerId) {
        if (partnerId == null) {
            return null;
        }
        KnownPartner partner = partners().get(partnerId);
        return new PartnerRefView(partnerId, partner == null ? null : partner.name());
    }

    public List<PartnerRefView> refs(List<UUID> partnerIds) {
        return partnerIds.stream().map(this::ref).toList();
    }

    private Map<UUID, KnownPartner> partners() {
        if (partners == null) {
            partners = partnerSource.get();
        }
        return partners;
    }
}
