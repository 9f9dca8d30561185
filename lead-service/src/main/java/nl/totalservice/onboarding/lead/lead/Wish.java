package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/** The customer's wish for a partner, routing's first rule; the {@code Wish} shape of the event contract. */
@Embeddable
public record Wish(
        @Column(name = "wish_partner_id") UUID partnerId,
        @Enumerated(EnumType.STRING) @Column(name = "wish_kind") WishKind kind,
        @Column(name = "wish_note") String note) {
}
