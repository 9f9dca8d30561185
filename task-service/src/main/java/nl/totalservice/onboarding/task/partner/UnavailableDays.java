package nl.totalservice.onboarding.task.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.totalservice.onboarding.task.calendar.DayRange;

import java.time.LocalDate;

/** Days (both ends included) a partner said it is unavailable, as partner-service published them. */
@Embeddable
public class UnavailableDays {

    @Column(name = "from_date", nullable = false)
    private LocalDate from;
    @Column(name = "to_date", nullable = false)
    private LocalDate to;
    private String reason;

    protected UnavailableDays() {
    }

    UnavailableDays(DayRange range) {
        this.from = range.from();
        this.to = range.to();
        this.reason = range.reason();
    }

    DayRange range() {
        return new DayRange(from, to, reason);
    }
}
