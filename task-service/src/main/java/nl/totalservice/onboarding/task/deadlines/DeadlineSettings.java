package nl.totalservice.onboarding.task.deadlines;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long a partner has to accept, and when the task goes back to the queue ({@code task.deadlines.*});
 * {@link DeadlinePolicy} applies them.
 */
@ConfigMapping(prefix = "task.deadlines")
public interface DeadlineSettings {

    /** Time a partner has to accept a normal assignment before it is overdue (a reminder goes out). */
    @WithDefault("48h")
    Duration acceptWithin();

    /** Time a partner has to accept an urgent assignment. */
    @WithDefault("4h")
    Duration urgentAcceptWithin();

    /** After the accept deadline of a normal task, how long until it returns to the coordinator's queue. */
    @WithDefault("24h")
    Duration returnAfter();

    /** After the accept deadline of an urgent task, how long until it returns to the queue. */
    @WithDefault("2h")
    Duration urgentReturnAfter();

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
