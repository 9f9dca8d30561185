package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The sales person responsible for the lead; the {@code Owner} shape of the event contract. */
@Embeddable
public record Owner(
        @Column(name = "owner_email") String email,
        @Column(name = "owner_name") String name) {
}
