package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** Why, when and by whom a lead was withdrawn, and where it was then. */
@Embeddable
public record Withdrawal(
        @Enumerated(EnumType.STRING) @Column(name = "withdrawal_reason") WithdrawalReason reason,
        @Column(name = "withdrawal_note") String note,
        @Column(name = "withdrawn_by") String withdrawnBy,
        @Column(name = "withdrawn_at") Instant withdrawnAt,
        @Enumerated(EnumType.STRING) @Column(name = "withdrawn_from_state") LeadState previousState) {
}
