package nl.totalservice.onboarding.platform.localstack.bench;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FlowsTest {

    private final Flows flows = new Flows();

    @Test
    void matchesATaskAssignedEmailToItsFlowByTheTaskInThePortalLink() {
        Flow flow = flows.start(Flow.Phase.MEASURED, 1);
        UUID task = UUID.fromString("3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f");
        flows.linkTask(flow, task);

        flows.emailReceived(42, "X-Notification-Kind: TASK_ASSIGNED\nSubject: New follow-up task\n\n"
                + "View it: https://portal.totalservice.nl/tasks/3c9a7f10-2b1e-4d8a-9e4f-=\n6a5b4c3d2e1f\n");

        assertThat(flow.emailReceived).isEqualTo(42);
        assertThat(flow.done()).isTrue();
        assertThat(flows.unmatchedEmails).hasValue(0);
    }

    @Test
    void keepsTheFirstReceiptAndCountsOtherMailApart() {
        Flow flow = flows.start(Flow.Phase.MEASURED, 1);
        UUID task = UUID.randomUUID();
        flows.taskCreated(flow, task, 7);
        String mail = "X-Notification-Kind: TASK_ASSIGNED\n\n" + task;

        flows.emailReceived(10, mail);
        flows.emailReceived(20, mail);
        flows.emailReceived(30, "X-Notification-Kind: URGENT_CALL\n\n" + task);
        flows.emailReceived(40, "X-Notification-Kind: TASK_ASSIGNED\n\n" + UUID.randomUUID());

        assertThat(flow.emailReceived).isEqualTo(10);
        assertThat(flow.taskCreated).isEqualTo(7);
        assertThat(flows.otherEmails).hasValue(1);
        assertThat(flows.unmatchedEmails).hasValue(1);
    }

    @Test
    void countsFlowsInProgressUntilTheyFinishOrFail() {
        Flow finished = flows.start(Flow.Phase.MEASURED, 1);
        Flow failed = flows.start(Flow.Phase.MEASURED, 2);
        flows.start(Flow.Phase.MEASURED, 3);
        finished.emailReceived = 5;
        failed.failed = true;

        assertThat(flows.inProgress()).isEqualTo(1);
        assertThat(flows.started()).isEqualTo(3);
    }
}
