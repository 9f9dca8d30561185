package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The customer's contact person. Also the {@code contact} shape of the lead events, so its
 * component names are part of the event contract (docs/events.md).
 *
 * @param phone E.164 ({@code +31612345678}) or null
 */
@Embeddable
public record Contact(
        @Column(name = "contact_name") String name,
        @Column(name = "contact_email") String email,
        @Column(name = "contact_phone") String phone) {
}
