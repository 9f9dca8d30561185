package nl.totalservice.onboarding.task.inbound;

import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;
import nl.totalservice.onboarding.task.calendar.DayRange;
import nl.totalservice.onboarding.task.partner.KnownPartner;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Tolerant reader of partner-service's {@code PartnerRegistered} and {@code PartnerUpdated} (full
 * snapshots). {@code unavailable} is optional: absent (an older producer) keeps what task-service knew.
 */
public record PartnerSnapshot(UUID partnerId, Long version, String name, String contactName, String email,
                              String phone, Boolean active, List<Period> unavailable) {

    public KnownPartner.PartnerDetails details() {
        return new KnownPartner.PartnerDetails(name, contactName, email, phone, Boolean.TRUE.equals(active),
                unavailable == null ? null : unavailable.stream().filter(Objects::nonNull).map(Period::range).toList());
    }

    /** One unavailable period: both days included. */
    public record Period(LocalDate from, LocalDate to, String reason) {

        DayRange range() {
            if (from == null || to == null || to.isBefore(from)) {
                throw new UnprocessableEventException("An unavailable period needs from <= to, got " + from + " to " + to);
            }
            return new DayRange(from, to, reason);
        }
    }
}
