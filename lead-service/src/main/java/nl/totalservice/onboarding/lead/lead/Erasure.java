package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** When and at whose request the lead's personal data was erased; null while it was not. */
@Embeddable
public record Erasure(
        @Column(name = "erased_by") String erasedBy,
        @Column(name = "erased_at") Instant erasedAt) {
}
