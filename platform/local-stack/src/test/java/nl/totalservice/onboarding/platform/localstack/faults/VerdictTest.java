package nl.totalservice.onboarding.platform.localstack.faults;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {

    private static final UUID NOTIFICATION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void passesALeadWithOneDecisionOneTaskAndOneEmailPerAssignment() {
        Tally tally = Tally.of(List.of(
                lead(1, 0, 1, 0, 1, List.of(sent(NOTIFICATION, 1))),
                lead(1, 1, 1, 1, 2, List.of(sent(NOTIFICATION, 1), sent(SECOND, 1)))));

        Verdict verdict = verdict(tally, 0, 0, 0);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.line()).isEqualTo(
                "faults: flows=10 accepted=2 lost=0 duplicate_emails=0 stuck_outbox=0 dead_letters=0 recovery_max_s=12.3");
        assertThat(tally.problems()).isEmpty();
    }

    @Test
    void countsAMissingDecisionTaskAndEmailAsLost() {
        Tally tally = Tally.of(List.of(
                lead(0, 0, 0, 0, 0, List.of()),
                lead(1, 0, 1, 0, 1, List.of(sent(NOTIFICATION, 0)))));

        assertThat(tally.lost()).isEqualTo(3);
        assertThat(tally.problems()).hasSize(3).anyMatch(problem -> problem.contains("decision on interest: 0 of 1"));
        assertThat(verdict(tally, 0, 0, 0).passed()).isFalse();
        assertThat(verdict(tally, 0, 0, 0).line()).contains("lost=3 ");
    }

    @Test
    void countsEmailsBeyondTheFirstPerNotificationAsDuplicates() {
        Tally tally = Tally.of(List.of(lead(1, 0, 1, 0, 1, List.of(sent(NOTIFICATION, 3)))));

        assertThat(tally.duplicateEmails()).isEqualTo(2);
        assertThat(tally.lost()).isZero();
        assertThat(verdict(tally, 0, 0, 0).line()).contains("duplicate_emails=2");
        assertThat(verdict(tally, 0, 0, 0).reasons()).isEqualTo("2 duplicate emails");
    }

    @Test
    void countsASecondDecisionOrTaskAsADuplicateEffect() {
        Tally tally = Tally.of(List.of(lead(2, 0, 2, 0, 1, List.of(sent(NOTIFICATION, 1)))));

        assertThat(tally.duplicateEffects()).isEqualTo(2);
        assertThat(verdict(tally, 0, 0, 0).passed()).isFalse();
    }

    @Test
    void countsANotificationTheDeliveryLogDoesNotShowSentAsLostEvenWhenAnEmailArrived() {
        Tally tally = Tally.of(List.of(lead(1, 0, 1, 0, 1, List.of(new LeadFacts.Notification(NOTIFICATION, false, 1)))));

        assertThat(tally.lost()).isEqualTo(1);
    }

    @Test
    void failsOnStuckOutboxRowsDeadLettersOrAServiceThatDidNotRecover() {
        Tally clean = Tally.of(List.of(lead(1, 0, 1, 0, 1, List.of(sent(NOTIFICATION, 1)))));

        assertThat(verdict(clean, 4, 0, 0).passed()).isFalse();
        assertThat(verdict(clean, 4, 0, 0).line()).contains("stuck_outbox=4");
        assertThat(verdict(clean, 0, 1, 0).reasons()).isEqualTo("1 dead letters");
        assertThat(verdict(clean, 0, 0, 1).reasons()).isEqualTo("1 services not ready again on their own");
    }

    @Test
    void failsWhenNoLeadWasAccepted() {
        Verdict verdict = new Verdict(5, 0, 0, 0, 0, 0, 0, 0, 0);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reasons()).isEqualTo("no lead was accepted");
    }

    private static Verdict verdict(Tally tally, long stuck, long deadLetters, long notRecovered) {
        return new Verdict(10, 2, tally.lost(), tally.duplicateEmails(), tally.duplicateEffects(), stuck, deadLetters,
                notRecovered, 12.34);
    }

    private static LeadFacts lead(int interestDecisions, int declineDecisions, int tasks, int declines, int assignments,
                                  List<LeadFacts.Notification> notifications) {
        return new LeadFacts(UUID.randomUUID(), interestDecisions, declineDecisions, tasks, declines, assignments, notifications);
    }

    private static LeadFacts.Notification sent(UUID id, long emails) {
        return new LeadFacts.Notification(id, true, emails);
    }
}
