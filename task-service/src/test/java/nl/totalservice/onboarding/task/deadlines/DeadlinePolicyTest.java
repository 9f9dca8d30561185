package nl.totalservice.onboarding.task.deadlines;

import nl.totalservice.onboarding.task.followup.FollowUpTask.AcceptDeadline;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines of an assignment, without Quarkus: the settings' periods counted from the assignment. */
class DeadlinePolicyTest {

    private static final Instant ASSIGNED_AT = Instant.parse("2026-07-03T15:00:00Z");

    private final DeadlinePolicy policy = new DeadlinePolicy(new Settings(),
            Clock.fixed(ASSIGNED_AT, ZoneId.of("Europe/Amsterdam")));

    @Test
    void aNormalAssignmentMustBeAcceptedWithin48HoursAndReturnsToTheQueue24HoursLater() {
        assertThat(policy.forAssignment(false, ASSIGNED_AT)).isEqualTo(new AcceptDeadline(
                ASSIGNED_AT.plus(Duration.ofHours(48)), ASSIGNED_AT.plus(Duration.ofHours(72))));
    }

    @Test
    void anUrgentAssignmentHasTheShorterPeriods() {
        assertThat(policy.forAssignment(true, ASSIGNED_AT)).isEqualTo(new AcceptDeadline(
                ASSIGNED_AT.plus(Duration.ofHours(4)), ASSIGNED_AT.plus(Duration.ofHours(6))));
    }

    /** The defaults of {@link DeadlineSettings}. */
    private static final class Settings implements DeadlineSettings {

        @Override
        public Duration acceptWithin() {
            return Duration.ofHours(48);
        }

        @Override
        public Duration urgentAcceptWithin() {
            return Duration.ofHours(4);
        }

        @Override
        public Duration returnAfter() {
            return Duration.ofHours(24);
        }

        @Override
        public Duration urgentReturnAfter() {
            return Duration.ofHours(2);
        }

        @Override
        public Duration checkInterval() {
            return Duration.ofMinutes(1);
        }

        @Override
        public Duration initialDelay() {
            return Duration.ofSeconds(5);
        }

        @Override
        public int batchSize() {
            return 100;
        }
    }
}
