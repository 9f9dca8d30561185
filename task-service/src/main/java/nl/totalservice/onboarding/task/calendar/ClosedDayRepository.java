package nl.totalservice.onboarding.task.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class ClosedDayRepository implements PanacheRepositoryBase<ClosedDay, LocalDate> {

    /** Closed days from {@code from} on, both ends included, by date. */
    List<ClosedDay> between(LocalDate from, LocalDate to) {
        return list("day >= ?1 and day <= ?2 order by day", from, to);
    }
}
