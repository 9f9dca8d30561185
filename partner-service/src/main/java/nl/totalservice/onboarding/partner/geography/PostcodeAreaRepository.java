package nl.totalservice.onboarding.partner.geography;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The PC4 areas of the gazetteer in force ({@code postcode_area}, replaced in bulk by {@link Gazetteer}). */
@ApplicationScoped
public class PostcodeAreaRepository implements PanacheRepositoryBase<PostcodeArea, String> {
}
