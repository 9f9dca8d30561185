package nl.totalservice.onboarding.notification.delivery;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's name we last wrote about for a lead: events without a lead summary (a decline,
 * no partner available) still name the customer when an earlier message did.
 */
@ApplicationScoped
public class LeadNames {

    private static final String LATEST = "select lead_name from notification where lead_id = :lead "
            + "and lead_name is not null order by created_at desc limit 1";

    public Optional<String> latest(UUID leadId) {
        if (leadId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> names = Panache.getEntityManager().createNativeQuery(LATEST)
                .setParameter("lead", leadId)
                .getResultList();
        return names.stream().findFirst();
    }
}
