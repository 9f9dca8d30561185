package nl.totalservice.onboarding.task.calls;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The phone calls that urgent assignments need ({@code task.calls.*}). */
@ConfigMapping(prefix = "task.calls")
public interface CallSettings {

    /** How long a due call may stay unmade before it escalates ({@code TaskCallEscalated}); counted like urgent deadlines. */
    @WithDefault("30m")
    Duration escalateAfter();

    /** After NO_ANSWER, how long until the call is due again; counted like urgent deadlines. */
    @WithDefault("30m")
    Duration retryAfter();

    /** Who must phone the partner: the coordinator who assigned the task, or the lead's owner (sales). */
    @WithDefault("ASSIGNER")
    Assignee assignee();

    /** Who must phone the partner. */
    enum Assignee {
        /** The coordinator who made the urgent assignment. */
        ASSIGNER,
        /** The sales person responsible for the lead. */
        OWNER
    }
}
