package nl.totalservice.onboarding.portal.partner;

import nl.totalservice.onboarding.portal.api.TaskModels.PortalTaskView;
import nl.totalservice.onboarding.portal.web.TimeLeft;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A partner's tasks as the list page shows them: the new ones (waiting for an answer) first, urgent before
 * the rest and the nearest accept deadline first; then the others, the latest assigned first.
 */
public record PartnerTaskList(List<Row> fresh, List<Row> others) {

    /** One task with the time left to accept it. */
    public record Row(PortalTaskView task, TimeLeft timeLeft) {
    }

    /** The status of a task waiting for the partner's answer. */
    public static final String NEW = "ASSIGNED";

    /** The list from the new tasks and the most recent ones (the new among those are left to {@code waiting}). */
    public static PartnerTaskList of(List<PortalTaskView> waiting, List<PortalTaskView> recent, Instant now) {
        return of(Stream.concat(waiting.stream().filter(task -> NEW.equals(task.status())),
                recent.stream().filter(task -> !NEW.equals(task.status()))).toList(), now);
    }

    public static PartnerTaskList of(List<PortalTaskView> tasks, Instant now) {
        List<Row> fresh = tasks.stream().filter(task -> NEW.equals(task.status()))
                .sorted(Comparator.comparing(PortalTaskView::urgent).reversed()
                        .thenComparing(PortalTaskView::acceptBy, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(task -> new Row(task, TimeLeft.until(task.acceptBy(), now))).toList();
        List<Row> others = tasks.stream().filter(task -> !NEW.equals(task.status()))
                .sorted(Comparator.comparing(PortalTaskView::assignedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(task -> new Row(task, null)).toList();
        return new PartnerTaskList(fresh, others);
    }
}
