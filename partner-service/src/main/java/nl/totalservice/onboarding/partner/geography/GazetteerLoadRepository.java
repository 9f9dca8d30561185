package nl.totalservice.onboarding.partner.geography;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** The log of gazetteer loads ({@code gazetteer_load}). */
@ApplicationScoped
public class GazetteerLoadRepository implements PanacheRepositoryBase<GazetteerLoad, UUID> {

    /** The latest load: it says what {@code postcode_area} holds. */
    public Optional<GazetteerLoad> latest() {
        return find("order by loadedAt desc").firstResultOptional();
    }
}
