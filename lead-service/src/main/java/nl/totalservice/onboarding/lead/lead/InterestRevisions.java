package nl.totalservice.onboarding.lead.lead;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every interest decision ever recorded. */
@ApplicationScoped
public class InterestRevisions implements PanacheRepositoryBase<InterestRevision, UUID> {

    public List<InterestRevision> ofLead(UUID leadId) {
        return list("leadId", Sort.by("revision"), leadId);
    }

    /** Erasure: the revisions keep who decided what and why (reason codes), not the free-text notes. */
    public int eraseNotes(UUID leadId) {
        return update("note = null where leadId = ?1 and note is not null", leadId);
    }
}
