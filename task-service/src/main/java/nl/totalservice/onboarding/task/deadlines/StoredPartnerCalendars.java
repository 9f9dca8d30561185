package nl.totalservice.onboarding.task.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.task.calendar.BusinessCalendar;
import nl.totalservice.onboarding.task.calendar.WorkingCalendar;
import nl.totalservice.onboarding.task.partner.PartnerDirectory;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Partner calendars from the business calendar in force and task-service's copy of each partner. */
@ApplicationScoped
public class StoredPartnerCalendars implements PartnerCalendars {

    private final BusinessCalendar calendar;
    private final PartnerDirectory partners;

    public StoredPartnerCalendars(BusinessCalendar calendar, PartnerDirectory partners) {
        this.calendar = calendar;
        this.partners = partners;
    }

    @Override
    public WorkingCalendar of(UUID partnerId) {
        return forPage().apply(partnerId);
    }

    @Override
    public Function<UUID, WorkingCalendar> forPage() {
        Supplier<WorkingCalendar> general = new DeadlinePolicy.Once<>(calendar::current);
        Map<UUID, WorkingCalendar> byPartner = new HashMap<>();
        return partnerId -> partnerId == null ? general.get() : byPartner.computeIfAbsent(partnerId,
                id -> general.get().forPartner(partners.unavailability(id)));
    }
}
