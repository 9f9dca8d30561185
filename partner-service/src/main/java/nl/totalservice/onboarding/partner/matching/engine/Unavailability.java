package nl.totalservice.onboarding.partner.matching.engine;

import java.time.LocalDate;

/** A period (both days included) in which a partner takes no new customers. */
public record Unavailability(LocalDate from, LocalDate to, String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
