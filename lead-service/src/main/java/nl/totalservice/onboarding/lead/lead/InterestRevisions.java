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
}
