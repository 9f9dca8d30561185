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

    /**
     * Erasure: the stored inputs of the lead's decisions lose the company name, full postcode, position
     * and wish note; candidates, distances, rules and the explanation stay (they describe partners).
     */
    public int eraseLeadInputs(UUID leadId) {
        return getEntityManager().createNativeQuery("update match_decision set detail = jsonb_set(jsonb_set(jsonb_set("
                        + "jsonb_set(detail, '{inputs,companyName}', 'null'), '{inputs,postcode}', 'null'), "
                        + "'{inputs,location}', 'null'), '{inputs,wishNote}', 'null') "
                        + "where lead_id = :lead and jsonb_typeof(detail -> 'inputs') = 'object'")
                .setParameter("lead", leadId).executeUpdate();
    }
}
