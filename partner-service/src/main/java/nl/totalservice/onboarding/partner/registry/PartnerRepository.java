package nl.totalservice.onboarding.partner.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The partners' table. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** A page of partners by name (then id), filtered by active flag and part of the name (either may be null). */
    public Page<Partner> page(Boolean active, String nameContains, Paging paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (active != null) {
            query.append(" and active = :active");
            parameters.and("active", active);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            query.append(" and lower(name) like :name");
            parameters.and("name", "%" + nameContains.toLowerCase(Locale.ROOT).trim() + "%");
        }
        var found = find(query.toString(), Sort.by("name").and("id"), parameters);
        List<Partner> items = found.page(io.quarkus.panache.common.Page.of(paging.page(), paging.size())).list();
        return Page.of(items, paging, paging.total(items.size(), found::count));
    }

    /** The partner with this email address, in any case. */
    public Optional<Partner> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** Partners whose location is not given by the coordinator (the gazetteer placed them, or could not). */
    public List<Partner> notLocatedByHand() {
        return list("locationSource <> ?1", LocationSource.GIVEN);
    }
}
