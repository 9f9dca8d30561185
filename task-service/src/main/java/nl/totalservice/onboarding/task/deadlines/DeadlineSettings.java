package nl.totalservice.onboarding.task.deadlines;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long a partner has to accept, and when the task goes back to the queue ({@code task.deadlines.*});
 * {@link DeadlinePolicy} applies them. Periods are working time (the calendar's office hours, minus
 * holidays, closed days and the partner's own unavailability) unless their counting says otherwise.
 */
@ConfigMapping(prefix = "task.deadlines")
public interface DeadlineSettings {

    /** Working time a partner has to accept a normal assignment before it is overdue (16h: two office days). */
    @WithDefault("16h")
    Duration acceptWithin();

    /** Working time a partner has to accept an urgent assignment. */
    @WithDefault("4h")
    Duration urgentAcceptWithin();

    /** After the accept deadline of a normal task, working time until it returns to the coordinator's queue. */
    @WithDefault("8h")
    Duration returnAfter();

    /** After the accept deadline of an urgent task, working time until it returns to the queue. */
    @WithDefault("2h")
    Duration urgentReturnAfter();

    /** How normal tasks' periods (and their emails' hours) count: WORKING_TIME or AROUND_THE_CLOCK. */
    @WithDefault("WORKING_TIME")
    Counting counting();

    /** How urgent tasks' periods and call escalations count: WORKING_TIME or AROUND_THE_CLOCK. */
    @WithDefault("WORKING_TIME")
    Counting urgentCounting();

    /** Whether non-urgent emails to a partner whose office is closed wait for its next working period (deliverAfter). */
    @WithDefault("true")
    boolean holdPartnerEmails();

    /** How often the scheduler checks deadlines (accept, return, calls); read by the @Scheduled expression. */
    @WithDefault("1m")
    Duration checkInterval();

    /** Wait after start-up before the first check; read by the @Scheduled expression. */
    @WithDefault("5s")
    Duration initialDelay();

    /** Most deadlines of one kind handled in one transaction. */
    @WithDefault("100")
    int batchSize();
}
