package nl.totalservice.onboarding.partner.matching;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The stored decisions ({@code match_decision}). */
@ApplicationScoped
public class MatchDecisionRepository implements PanacheRepositoryBase<MatchDecision, UUID> {

    /** The decisions for a lead, newest first. */
    public List<MatchDecision> ofLead(UUID leadId) {
        return list("leadId = ?1 order by decidedAt desc, id", leadId);
    }
}
