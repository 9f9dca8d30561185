package nl.totalservice.onboarding.platform.localstack.faults;

import java.util.List;
import java.util.UUID;

/**
 * What the services' databases hold for one accepted lead, and what the SMTP server received for it.
 *
 * @param interestDecisions decisions with trigger INTEREST_RECORDED (expected: one)
 * @param declineDecisions  decisions with trigger TASK_DECLINED (expected: one per decline)
 * @param tasks             follow-up tasks of the lead (expected: one)
 * @param declines          declines in the task's history
 * @param assignments       assignments in the task's history
 * @param notifications     the TASK_ASSIGNED notifications of the task (expected: one per assignment)
 */
public record LeadFacts(UUID leadId, int interestDecisions, int declineDecisions, int tasks, int declines, int assignments,
                        List<Notification> notifications) {

    /** One TASK_ASSIGNED notification: whether the delivery log says SENT, and the emails the SMTP server got for it. */
    public record Notification(UUID id, boolean sent, long emails) {
    }
}
