package nl.totalservice.onboarding.partner.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A period (both days included) in which the partner takes no new customers: holiday, closure. */
@Embeddable
public class UnavailablePeriod {

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date", nullable = false)
    private LocalDate to;

    @Column(nullable = false, length = 200)
    private String reason;

    protected UnavailablePeriod() {
    }

    public UnavailablePeriod(LocalDate from, LocalDate to, String reason) {
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String reason() {
        return reason;
    }
}
