package nl.totalservice.onboarding.notification.delivery;

import nl.totalservice.onboarding.notification.message.Language;
import nl.totalservice.onboarding.notification.message.RenderedMessage;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The delivery state machine of one notification, without Quarkus: PENDING, SENDING, SENT or FAILED, and back by hand. */
class NotificationTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(1));

    @Test
    void aNewNotificationIsPendingAndDueAtOnceWithItsAddressInLowerCase() {
        Notification notification = newNotification(3);

        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(T0);
        assertThat(notification.createdAt()).isEqualTo(T0);
        assertThat(notification.attempts()).isZero();
        assertThat(notification.attemptLimit()).isEqualTo(3);
        assertThat(notification.recipient()).isEqualTo("info@boekhoudingnoord.nl");
        assertThat(notification.ownerEmail()).isEqualTo("sanne@totalservice.nl");
        assertThat(notification.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(notification.language()).isEqualTo("nl");
    }

    @Test
    void aHeldNotificationIsDueOnlyWhenItsRecipientsOfficeOpensAndSaysWhy() {
        Instant monday = T0.plus(Duration.ofDays(2));
        Notification notification = Notification.create(new NewNotification(NotificationKind.TASK_ASSIGNED,
                "info@noord.nl", "Jan", Language.NL, new RenderedMessage("s", "t", "<p>h</p>"), "e1", "TaskAssigned",
                null, null, null, null, null, new Hold(monday, "weekend (Saturday)")), 3, T0);

        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(monday);
        assertThat(notification.heldUntil()).isEqualTo(monday);
        assertThat(notification.heldReason()).isEqualTo("weekend (Saturday)");
    }

    @Test
    void aHoldThatHasAlreadyEndedDoesNotDelayTheMessage() {
        Notification notification = Notification.create(new NewNotification(NotificationKind.OVERDUE_REMINDER,
                "info@noord.nl", "Jan", Language.NL, new RenderedMessage("s", "t", "<p>h</p>"), "e2", "TaskOverdue",
                null, null, null, null, null, new Hold(T0.minusSeconds(60), "outside office hours (09:00-17:00)")), 3, T0);

        assertThat(notification.nextAttemptAt()).isEqualTo(T0);
        assertThat(notification.heldUntil()).isNull();
        assertThat(notification.heldReason()).isNull();
    }

    @Test
    void anAttemptMakesItSendingCountsTheAttemptAndHoldsItForTheLease() {
        Notification notification = newNotification(3);

        notification.startAttempt(T0, LEASE);

        assertThat(notification.status()).isEqualTo(NotificationStatus.SENDING);
        assertThat(notification.attempts()).isEqualTo(1);
        assertThat(notification.lastAttemptAt()).isEqualTo(T0);
        assertThat(notification.nextAttemptAt()).isEqualTo(T0.plus(LEASE));
        assertThat(notification.isInFlight(1)).isTrue();
    }

    @Test
    void aLapsedClaimIsTakenOverByANewAttemptAndTheOldOneIsNoLongerInFlight() {
        Notification notification = newNotification(3);
        notification.startAttempt(T0, LEASE);

        notification.startAttempt(T0.plus(LEASE), LEASE);

        assertThat(notification.attempts()).isEqualTo(2);
        assertThat(notification.isInFlight(1)).isFalse();
        assertThat(notification.isInFlight(2)).isTrue();
    }

    @Test
    void anAcceptedAttemptMakesItSent() {
        Notification notification = newNotification(3);
        notification.startAttempt(T0, LEASE);

        notification.markSent(T0.plusSeconds(1));

        assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(notification.sentAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(notification.isInFlight(1)).isFalse();
    }

    @Test
    void aSentOrFailedNotificationCannotBeAttemptedAgain() {
        Notification sent = newNotification(3);
        sent.startAttempt(T0, LEASE);
        sent.markSent(T0);
        Notification failed = failedAfterEveryAttempt(1);

        assertThatThrownBy(() -> sent.startAttempt(T0, LEASE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SENT");
        assertThatThrownBy(() -> failed.startAttempt(T0, LEASE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FAILED");
    }

    @Test
    void aFailedAttemptWithAttemptsLeftIsPendingAgainAfterTheBackoff() {
        Notification notification = newNotification(3);
        notification.startAttempt(T0, LEASE);

        boolean failed = notification.markAttemptFailed("ConnectException: Connection refused", false, T0, POLICY);

        assertThat(failed).isFalse();
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(notification.lastError()).isEqualTo("ConnectException: Connection refused");
        assertThat(notification.failedAt()).isNull();
    }

    @Test
    void theBackoffDoublesPerFailedAttemptUpToTheCeiling() {
        Notification notification = newNotification(5);
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(1));
        notification.startAttempt(T0, LEASE);
        notification.markAttemptFailed("first", false, T0, policy);
        notification.startAttempt(T0, LEASE);
        notification.markAttemptFailed("second", false, T0, policy);
        assertThat(notification.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));

        notification.startAttempt(T0, LEASE);
        notification.markAttemptFailed("third", false, T0, policy);

        assertThat(notification.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void theLastAllowedAttemptFailingMakesItFailed() {
        Notification notification = failedAfterEveryAttempt(2);

        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(notification.attempts()).isEqualTo(2);
        assertThat(notification.failedAt()).isEqualTo(T0);
    }

    @Test
    void aRecipientRefusedForGoodFailsAtOnceWithThePermanentMark() {
        Notification notification = newNotification(3);
        notification.startAttempt(T0, LEASE);

        boolean failed = notification.markAttemptFailed("550 5.1.1 no such user", true, T0, POLICY);

        assertThat(failed).isTrue();
        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(notification.attempts()).isEqualTo(1);
        assertThat(notification.lastError()).isEqualTo("permanent: 550 5.1.1 no such user");
    }

    @Test
    void anErrorWithoutTextAndAVeryLongOneAreKeptReadable() {
        Notification unknown = newNotification(3);
        unknown.startAttempt(T0, LEASE);
        unknown.markAttemptFailed(null, false, T0, POLICY);
        Notification verbose = newNotification(3);
        verbose.startAttempt(T0, LEASE);
        verbose.markAttemptFailed("x".repeat(5_000), false, T0, POLICY);

        assertThat(unknown.lastError()).isEqualTo("unknown error");
        assertThat(verbose.lastError()).hasSize(2000);
    }

    @Test
    void aRetryByHandMakesAFailedNotificationPendingWithAFreshSetOfAttempts() {
        Notification notification = failedAfterEveryAttempt(2);
        Instant later = T0.plusSeconds(3600);

        notification.requeue("olaf@totalservice.nl", 4, later);

        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.attemptLimit()).isEqualTo(6);
        assertThat(notification.manualRetries()).isEqualTo(1);
        assertThat(notification.lastRetriedBy()).isEqualTo("olaf@totalservice.nl");
        assertThat(notification.nextAttemptAt()).isEqualTo(later);
        assertThat(notification.failedAt()).isNull();
    }

    @Test
    void onlyAFailedNotificationCanBeRetriedByHand() {
        Notification pending = newNotification(3);
        Notification sending = newNotification(3);
        sending.startAttempt(T0, LEASE);
        Notification sent = newNotification(3);
        sent.startAttempt(T0, LEASE);
        sent.markSent(T0);

        for (Notification notification : new Notification[] {pending, sending, sent}) {
            assertThatThrownBy(() -> notification.requeue("olaf@totalservice.nl", 3, T0))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(409);
                        assertThat(problem.extensions()).containsEntry("currentState",
                                notification.status().name());
                    });
        }
        assertThat(pending.manualRetries()).isZero();
    }

    @Test
    void aMessageToThePartnersOwnAddressFollowsThePartnerAndOthersDoNot() {
        assertThat(newNotification(NotificationKind.TASK_ASSIGNED, UUID.randomUUID()).isForPartner()).isTrue();
        assertThat(newNotification(NotificationKind.URGENT_CALL, UUID.randomUUID()).isForPartner()).isFalse();
        assertThat(newNotification(NotificationKind.TASK_ASSIGNED, null).isForPartner()).isFalse();
    }

    private static Notification failedAfterEveryAttempt(int attemptLimit) {
        Notification notification = newNotification(attemptLimit);
        for (int i = 0; i < attemptLimit; i++) {
            notification.startAttempt(T0, LEASE);
            notification.markAttemptFailed("ConnectException: Connection refused", false, T0, POLICY);
        }
        return notification;
    }

    private static Notification newNotification(int attemptLimit) {
        return Notification.create(spec(NotificationKind.TASK_ASSIGNED, UUID.randomUUID()), attemptLimit, T0);
    }

    private static Notification newNotification(NotificationKind kind, UUID partnerId) {
        return Notification.create(spec(kind, partnerId), 3, T0);
    }

    private static NewNotification spec(NotificationKind kind, UUID partnerId) {
        return new NewNotification(kind, " Info@BoekhoudingNoord.nl ", "Jan Jansen", Language.NL,
                new RenderedMessage("Nieuwe opvolgtaak", "Beste Jan,\n", "<p>Beste Jan,</p>"),
                UUID.randomUUID().toString(), "TaskAssigned", UUID.randomUUID(), "Bakkerij De Vries",
                UUID.randomUUID(), partnerId, "Sanne@TotalService.nl", null);
    }
}
