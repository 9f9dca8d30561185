package nl.totalservice.onboarding.task.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A day the coordinator closed for every partner, e.g. a company day between Christmas and New Year. */
@Entity
@Table(name = "closed_day")
public class ClosedDay {

    @Id
    private LocalDate day;
    private String reason;
    private String closedBy;
    private Instant closedAt;

    protected ClosedDay() {
    }

    ClosedDay(LocalDate day, String reason, String closedBy, Instant closedAt) {
        this.day = day;
        this.reason = reason;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    void change(String newReason, String by, Instant at) {
        reason = newReason;
        closedBy = by;
        closedAt = at;
    }

    public LocalDate day() {
        return day;
    }

    public String reason() {
        return reason;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
