package nl.totalservice.onboarding.task.followup;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.task.followup.FollowUpTask.AcceptDeadline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The task's state machine, without Quarkus, a database or a broker. */
class FollowUpTaskTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");
    private static final Duration ESCALATE_AFTER = Duration.ofMinutes(30);
    private static final UnaryOperator<Instant> ESCALATION = due -> due.plus(ESCALATE_AFTER);
    private static final UUID LEAD = UUID.randomUUID();
    private static final UUID SUGGESTED = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final Owner OWNER = new Owner("sanne.devries@totalservice.nl", "Sanne de Vries");

    @Test
    void aMatchedTaskStartsOpenWithTheMatchedPartnerAsSuggestionAndACreatedLine() {
        FollowUpTask task = matched();

        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.origin()).isEqualTo(TaskOrigin.MATCHED);
        assertThat(task.suggestedPartnerId()).isEqualTo(SUGGESTED);
        assertThat(task.assignment()).isEmpty();
        assertThat(task.history()).extracting(TaskHistoryEntry::action, TaskHistoryEntry::code, TaskHistoryEntry::statusAfter)
                .containsExactly(tuple(HistoryAction.CREATED, "MATCHED", TaskStatus.OPEN));
    }

    @Test
    void assigningTheSuggestedPartnerSetsTheAssignmentWithItsDeadlines() {
        FollowUpTask task = matched();

        task.assign(SUGGESTED, null, deadline(), "coordinator", ESCALATION, "carla", T0.plusSeconds(60));

        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
        Assignment assignment = task.assignment().orElseThrow();
        assertThat(assignment.partnerId()).isEqualTo(SUGGESTED);
        assertThat(assignment.assignedBy()).isEqualTo("carla");
        assertThat(assignment.assignedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(assignment.acceptBy()).isEqualTo(T0.plus(Duration.ofHours(48)));
        assertThat(assignment.returnAt()).isEqualTo(T0.plus(Duration.ofHours(72)));
        assertThat(assignment.overrideReason()).isNull();
        assertThat(task.history()).last().extracting(TaskHistoryEntry::action, TaskHistoryEntry::code)
                .containsExactly(HistoryAction.ASSIGNED, null);
    }

    @Test
    void assigningAnotherPartnerThanTheSuggestionNeedsAReasonAndIsRecordedAsAnOverride() {
        FollowUpTask task = matched();

        assertThatThrownBy(() -> task.assign(OTHER, " ", deadline(), "carla", ESCALATION, "carla", T0))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);

        task.assign(OTHER, "  Suggested partner is on holiday ", deadline(), "carla", ESCALATION, "carla", T0);

        assertThat(task.overrideReason()).isEqualTo("Suggested partner is on holiday");
        assertThat(task.history()).last().extracting(TaskHistoryEntry::code, TaskHistoryEntry::note)
                .containsExactly("OVERRIDE", "Suggested partner is on holiday");
    }

    @Test
    void anAssignedTaskCannotBeAssignedAgain() {
        FollowUpTask task = assigned();

        assertThatThrownBy(() -> task.assign(OTHER, "because", deadline(), "carla", ESCALATION, "carla", T0))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.extensions()).containsEntry("currentState", "ASSIGNED");
                });
    }

    @Test
    void theAssignedPartnerAcceptsContactsTheCustomerAndCompletes() {
        FollowUpTask task = assigned();

        task.accept(SUGGESTED, "partner", T0.plusSeconds(10));
        task.recordCustomerContact(SUGGESTED, T0.plusSeconds(20), ContactChannel.PHONE, "Intake planned", "partner",
                T0.plusSeconds(30));
        task.complete(SUGGESTED, CompletionOutcome.CUSTOMER_PROCEEDS, "Signed", "partner", T0.plusSeconds(40));

        assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task.acceptedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(task.contactedAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(task.completedAt()).isEqualTo(T0.plusSeconds(40));
        assertThat(task.outcome()).isEqualTo(CompletionOutcome.CUSTOMER_PROCEEDS);
        assertThat(task.history()).extracting(TaskHistoryEntry::action, TaskHistoryEntry::code)
                .containsExactly(tuple(HistoryAction.CREATED, "MATCHED"), tuple(HistoryAction.ASSIGNED, null),
                        tuple(HistoryAction.ACCEPTED, null), tuple(HistoryAction.CUSTOMER_CONTACTED, "PHONE"),
                        tuple(HistoryAction.COMPLETED, "CUSTOMER_PROCEEDS"));
    }

    @Test
    void aTaskThatIsNotAcceptedCannotBeCompleted() {
        FollowUpTask task = assigned();

        assertThatThrownBy(() -> task.complete(SUGGESTED, CompletionOutcome.OTHER, "n", "partner", T0))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(409));
        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
    }

    @Test
    void aDeclineByTheSuggestedPartnerReturnsTheTaskToTheQueueAndClearsTheSuggestion() {
        FollowUpTask task = assigned();

        boolean suggestionCleared = task.decline(SUGGESTED, DeclineReason.NO_CAPACITY, "Full", "partner", T0);

        assertThat(suggestionCleared).isTrue();
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.assignment()).isEmpty();
        assertThat(task.suggestedPartnerId()).isNull();
        assertThat(task.declinedPartnerIds()).containsExactly(SUGGESTED);
        assertThat(task.history()).extracting(TaskHistoryEntry::action, TaskHistoryEntry::code)
                .endsWith(tuple(HistoryAction.DECLINED, "NO_CAPACITY"),
                        tuple(HistoryAction.SUGGESTION_CHANGED, "SUGGESTED_PARTNER_DECLINED"));
    }

    @Test
    void aPartnerWhoDeclinedCannotBeAssignedTheTaskAgain() {
        FollowUpTask task = assigned();
        task.decline(SUGGESTED, DeclineReason.UNAVAILABLE, null, "partner", T0);

        assertThatThrownBy(() -> task.assign(SUGGESTED, "try again", deadline(), "carla", ESCALATION, "carla", T0))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.code()).isEqualTo("partner-declined");
                });
    }

    @Test
    void theAcceptDeadlineMarksTheTaskOverdueOnceAndOnlyWhenItPassed() {
        FollowUpTask task = assigned();
        Instant acceptBy = task.acceptBy();

        assertThat(task.markOverdue("task-service", acceptBy.minusSeconds(1))).isFalse();
        assertThat(task.markOverdue("task-service", acceptBy)).isTrue();
        assertThat(task.markOverdue("task-service", acceptBy.plusSeconds(1))).isFalse();

        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(task.overdueAt()).isEqualTo(acceptBy);
        assertThat(task.assignedPartnerId()).isEqualTo(SUGGESTED);
    }

    @Test
    void aTaskNotAcceptedByItsReturnTimeGoesBackToTheQueueNamingTheLatePartner() {
        FollowUpTask task = assigned();
        Instant returnAt = task.returnAt();

        assertThat(task.returnToQueue("task-service", returnAt.minusSeconds(1))).isEmpty();
        Optional<UUID> late = task.returnToQueue("task-service", returnAt);

        assertThat(late).contains(SUGGESTED);
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.assignment()).isEmpty();
        assertThat(task.missedDeadlinePartnerIds()).containsExactly(SUGGESTED);
        assertThat(task.history()).last().extracting(TaskHistoryEntry::action, TaskHistoryEntry::code)
                .containsExactly(HistoryAction.RETURNED_TO_QUEUE, "ACCEPT_DEADLINE_MISSED");
    }

    @Test
    void anAcceptedTaskDoesNotReturnToTheQueue() {
        FollowUpTask task = assigned();
        task.accept(SUGGESTED, "partner", T0);

        assertThat(task.returnToQueue("task-service", task.returnAt().plusSeconds(1))).isEmpty();
        assertThat(task.markOverdue("task-service", task.acceptBy().plusSeconds(1))).isFalse();
        assertThat(task.status()).isEqualTo(TaskStatus.ACCEPTED);
    }

    @Test
    void cancellingNamesThePartnerWhoHadTheTaskAndAFinalTaskCannotBeCancelledAgain() {
        FollowUpTask task = assigned();

        assertThat(task.cancel(CancelReason.LEAD_WITHDRAWN, "Withdrawn", "lead-service", T0)).contains(SUGGESTED);
        assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(task.cancelReason()).isEqualTo(CancelReason.LEAD_WITHDRAWN);

        assertThatThrownBy(() -> task.cancel(CancelReason.CANCELLED_BY_SALES, "again", "sanne", T0))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(409));
    }

    @Test
    void anUrgentAssignmentOpensACallThatClosesWhenThePartnerAccepts() {
        FollowUpTask task = FollowUpTask.byHand(TaskType.LEAD_FOLLOW_UP, LEAD, SUGGESTED, "Call today", true, null, OWNER,
                "sanne", T0);

        Optional<PartnerCall> call = task.assign(SUGGESTED, null, deadline(), "carla", ESCALATION, "carla", T0);

        assertThat(call).hasValueSatisfying(opened -> {
            assertThat(opened.status()).isEqualTo(CallStatus.OPEN);
            assertThat(opened.assignee()).isEqualTo("carla");
            assertThat(opened.escalateAt()).isEqualTo(T0.plus(ESCALATE_AFTER));
        });
        task.accept(SUGGESTED, "partner", T0.plusSeconds(5));

        assertThat(task.calls()).singleElement().satisfies(closed -> {
            assertThat(closed.status()).isEqualTo(CallStatus.CLOSED);
            assertThat(closed.closeReason()).isEqualTo(CallCloseReason.TASK_ACCEPTED);
        });
        assertThat(task.history()).extracting(TaskHistoryEntry::action, TaskHistoryEntry::code)
                .endsWith(tuple(HistoryAction.ACCEPTED, null), tuple(HistoryAction.CALL_CLOSED, "TASK_ACCEPTED"));
    }

    @Test
    void aCallThatIsNotMadeInTimeEscalatesOnceAndReachingThePartnerEndsIt() {
        FollowUpTask task = FollowUpTask.byHand(TaskType.LEAD_FOLLOW_UP, LEAD, SUGGESTED, "Call today", true, null, OWNER,
                "sanne", T0);
        PartnerCall call = task.assign(SUGGESTED, null, deadline(), "carla", ESCALATION, "carla", T0).orElseThrow();

        assertThat(task.escalateCall(call.id(), "task-service", T0.plus(ESCALATE_AFTER).minusSeconds(1))).isFalse();
        assertThat(task.escalateCall(call.id(), "task-service", T0.plus(ESCALATE_AFTER))).isTrue();
        assertThat(task.escalateCall(call.id(), "task-service", T0.plus(ESCALATE_AFTER).plusSeconds(1))).isFalse();

        Instant reached = T0.plus(Duration.ofHours(1));
        task.recordCall(call.id(), new CallAttempt(reached, CallOutcome.REACHED, null, "carla", "Spoke to Jan"),
                attempt -> attempt.plus(Duration.ofMinutes(30)), ESCALATION);

        assertThat(task.call(call.id()).status()).isEqualTo(CallStatus.DONE);
        assertThat(task.call(call.id()).closeReason()).isEqualTo(CallCloseReason.REACHED);
        assertThat(task.history()).last().extracting(TaskHistoryEntry::action, TaskHistoryEntry::code)
                .containsExactly(HistoryAction.CALL_RECORDED, "REACHED");
    }

    @Test
    void aStaleExpectedVersionIsRefusedWith412AndNoneOrTheCurrentOnePasses() {
        FollowUpTask task = matched();

        task.requireVersion(null);
        task.requireVersion(0L);
        assertThatThrownBy(() -> task.requireVersion(3L))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(412));
    }

    private static FollowUpTask matched() {
        return FollowUpTask.fromMatch(LEAD, UUID.randomUUID(), SUGGESTED, "Suggested by partner matching", OWNER,
                "partner-service", T0);
    }

    private static FollowUpTask assigned() {
        FollowUpTask task = matched();
        task.assign(SUGGESTED, null, deadline(), "carla", ESCALATION, "carla", T0);
        return task;
    }

    private static AcceptDeadline deadline() {
        Instant acceptBy = T0.plus(Duration.ofHours(48));
        return new AcceptDeadline(acceptBy, acceptBy.plus(Duration.ofHours(24)));
    }
}
