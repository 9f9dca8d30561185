package nl.totalservice.onboarding.portal.partner;

import nl.totalservice.onboarding.portal.api.TaskModels.PortalTaskView;
import nl.totalservice.onboarding.portal.web.TimeLeft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerTaskListTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");

    @Test
    void newTasksComeFirstUrgentBeforeTheRestThenTheNearestDeadline() {
        PortalTaskView calm = task("calm", "ASSIGNED", false, NOW.plus(Duration.ofHours(30)), NOW.minusSeconds(60));
        PortalTaskView soon = task("soon", "ASSIGNED", false, NOW.plus(Duration.ofMinutes(50)), NOW.minusSeconds(120));
        PortalTaskView urgent = task("urgent", "ASSIGNED", true, NOW.plus(Duration.ofDays(3)), NOW.minusSeconds(30));
        PortalTaskView older = task("older", "COMPLETED", false, null, NOW.minus(Duration.ofDays(9)));
        PortalTaskView newer = task("newer", "ACCEPTED", false, null, NOW.minus(Duration.ofDays(1)));

        PartnerTaskList list = PartnerTaskList.of(List.of(older, calm, newer, soon, urgent), NOW);

        assertThat(list.fresh()).extracting(row -> row.task().notes()).containsExactly("urgent", "soon", "calm");
        assertThat(list.fresh()).extracting(PartnerTaskList.Row::timeLeft)
                .containsExactly(new TimeLeft("DAYS", 3), new TimeLeft("MINUTES", 50), new TimeLeft("HOURS", 30));
        assertThat(list.others()).extracting(row -> row.task().notes()).containsExactly("newer", "older");
    }

    @Test
    void aPassedDeadlineSaysSo() {
        assertThat(TimeLeft.until(NOW.minusSeconds(1), NOW)).isEqualTo(new TimeLeft("PASSED", 0));
        assertThat(TimeLeft.until(null, NOW)).isNull();
    }

    private static PortalTaskView task(String name, String status, boolean urgent, Instant acceptBy, Instant assignedAt) {
        return new PortalTaskView(UUID.randomUUID(), status, UUID.randomUUID(), null, null, name, urgent, null, assignedAt,
                acceptBy, false, null, null, null, null);
    }
}
