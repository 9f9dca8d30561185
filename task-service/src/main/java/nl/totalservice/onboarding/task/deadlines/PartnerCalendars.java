package nl.totalservice.onboarding.task.deadlines;

import nl.totalservice.onboarding.task.calendar.WorkingCalendar;

import java.util.UUID;
import java.util.function.Function;

/** The working calendar a partner's deadlines count in: the general one plus the partner's own unavailability. */
public interface PartnerCalendars {

    /** The calendar of {@code partnerId}; the general calendar when it is null or unknown. */
    WorkingCalendar of(UUID partnerId);

    /**
     * A lookup for a page of tasks: the general calendar is read at most once, each partner's at most
     * once, and nothing before the first call.
     */
    default Function<UUID, WorkingCalendar> forPage() {
        return this::of;
    }
}
