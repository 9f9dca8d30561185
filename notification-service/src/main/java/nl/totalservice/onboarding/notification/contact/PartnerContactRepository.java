package nl.totalservice.onboarding.notification.contact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Our copies of partners' contact details, by partner id. */
@ApplicationScoped
public class PartnerContactRepository implements PanacheRepositoryBase<PartnerContact, UUID> {
}
