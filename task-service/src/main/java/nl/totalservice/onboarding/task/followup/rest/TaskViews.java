package nl.totalservice.onboarding.task.followup.rest;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.task.calendar.WorkingCalendar;
import nl.totalservice.onboarding.task.deadlines.DeadlinePolicy;
import nl.totalservice.onboarding.task.deadlines.PartnerCalendars;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.PartnerCall;
import nl.totalservice.onboarding.task.followup.Slice;
import nl.totalservice.onboarding.task.lead.LeadDirectory;
import nl.totalservice.onboarding.task.partner.PartnerDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds response views from tasks inside the service's transaction (services take these as view
 * functions), with lead and partner details loaded once per page.
 */
@ApplicationScoped
public class TaskViews {

    private final LeadDirectory leads;
    private final PartnerDirectory partners;
    private final DeadlinePolicy deadlines;
    private final PartnerCalendars calendars;
    private final Clock clock;

    public TaskViews(LeadDirectory leads, PartnerDirectory partners, DeadlinePolicy deadlines,
                     PartnerCalendars calendars, Clock clock) {
        this.leads = leads;
        this.partners = partners;
        this.deadlines = deadlines;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The page JSON every list answers, from a page of mapped domain objects. */
    public static <T> Page<T> page(Slice<T> slice) {
        return Page.of(slice.items(), slice.page(), slice.size(), slice.total());
    }

    public TaskView full(FollowUpTask task) {
        return TaskView.of(task, lookups(List.of(task)));
    }

    public List<TaskView> full(List<FollowUpTask> tasks) {
        return map(tasks, TaskView::of);
    }

    public CallView call(FollowUpTask task, PartnerCall call) {
        return CallView.of(task, call, lookups(List.of(task)));
    }

    public List<CallView> calls(List<PartnerCall> calls, Map<UUID, FollowUpTask> tasks) {
        Lookups lookups = lookups(List.copyOf(tasks.values()));
        return calls.stream().map(call -> CallView.of(tasks.get(call.taskId()), call, lookups)).toList();
    }

    /** One task as a view built by {@code mapper}, with its lead and partners looked up. */
    public <T> T one(FollowUpTask task, BiFunction<FollowUpTask, Lookups, T> mapper) {
        return mapper.apply(task, lookups(List.of(task)));
    }

    /** A page of tasks as views built by {@code mapper}, with leads and partners looked up once. */
    public <T> List<T> map(List<FollowUpTask> tasks, BiFunction<FollowUpTask, Lookups, T> mapper) {
        Lookups lookups = lookups(tasks);
        return tasks.stream().map(task -> mapper.apply(task, lookups)).toList();
    }

    private Lookups lookups(List<FollowUpTask> tasks) {
        Set<UUID> leadIds = new HashSet<>();
        for (FollowUpTask task : tasks) {
            leadIds.add(task.leadId());
        }
        return new Lookups(leads.findAll(leadIds), () -> partners.findAll(partnersOf(tasks)), clocks());
    }

    /** Every partner the tasks name; read only by views that show partners (the portal's does not). */
    private static Set<UUID> partnersOf(List<FollowUpTask> tasks) {
        Set<UUID> partnerIds = new HashSet<>();
        for (FollowUpTask task : tasks) {
            addIfPresent(partnerIds, task.suggestedPartnerId());
            addIfPresent(partnerIds, task.assignedPartnerId());
            partnerIds.addAll(task.declinedPartnerIds());
            partnerIds.addAll(task.missedDeadlinePartnerIds());
            task.calls().forEach(call -> partnerIds.add(call.partnerId()));
        }
        return partnerIds;
    }

    /** Each task's clock, in its assigned partner's calendar (the general one while it waits in the queue). */
    private Function<FollowUpTask, ClockView> clocks() {
        Instant now = clock.instant();
        Function<UUID, WorkingCalendar> calendar = calendars.forPage();
        return task -> {
            Supplier<WorkingCalendar> of = () -> calendar.apply(task.assignedPartnerId());
            return deadlines.clockOf(task, of, now).map(running -> ClockView.of(running, of.get().hours().zone())).orElse(null);
        };
    }

    private static void addIfPresent(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
