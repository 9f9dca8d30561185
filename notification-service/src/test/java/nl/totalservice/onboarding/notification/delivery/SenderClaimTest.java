package nl.totalservice.onboarding.notification.delivery;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.notification.message.Language;
import nl.totalservice.onboarding.notification.message.RenderedMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sender's claims, with this instance's own sender switched off so the test is the only
 * claimer: a claim skips rows another instance holds (no waiting, no double send), and rows whose
 * sender died are due again after the lease.
 */
@QuarkusTest
@TestProfile(SenderClaimTest.SenderOff.class)
class SenderClaimTest {

    public static class SenderOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.delivery.enabled", "false",
                    "notification.delivery.claim-lease", "1s");
        }
    }

    @Inject
    NotificationQueue queue;

    @Inject
    DeliveryService delivery;

    @Test
    void aClaimSkipsTheRowsAnotherInstanceHoldsInsteadOfWaitingOrTakingThem() throws Exception {
        List<UUID> ours = queueNotifications(10);
        List<UUID> heldByOther = ours.subList(0, 4);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch claimed = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() ->
                QuarkusTransaction.requiringNew().run(() -> {
                    Panache.getEntityManager()
                            .createNativeQuery("select id from notification where id in (:ids) for update")
                            .setParameter("ids", heldByOther).getResultList();
                    locked.countDown();
                    awaitQuietly(claimed); // holds the locks until our claim returned (or 20 s passed)
                }));
        assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();

        Set<UUID> claimedNow = ids(delivery.claimDue(1000));
        claimed.countDown();
        otherInstance.get(30, TimeUnit.SECONDS);

        assertThat(claimedNow).doesNotContainAnyElementsOf(heldByOther)
                .containsAll(ours.subList(4, ours.size()));
        assertThat(ids(delivery.claimDue(1000))).containsAll(heldByOther).doesNotContainAnyElementsOf(claimedNow);
    }

    @Test
    void aClaimWhoseSenderDiedIsDueAgainAfterTheLease() {
        List<UUID> ours = queueNotifications(3);
        List<OutgoingMail> first = delivery.claimDue(1000);
        assertThat(ids(first)).containsAll(ours);
        assertThat(first).filteredOn(mail -> ours.contains(mail.notificationId()))
                .extracting(OutgoingMail::attempt).containsOnly(1);

        // no outcome is ever recorded for the first claim: its sender "died"
        List<OutgoingMail> again = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            again.addAll(delivery.claimDue(1000));
            return ids(again).containsAll(ours);
        });
        assertThat(again).filteredOn(mail -> ours.contains(mail.notificationId()))
                .extracting(OutgoingMail::attempt).containsOnly(2);
    }

    @Test
    void aRecipientRefusedForGoodFailsAtOnceWhileATransientFailureIsRetried() {
        List<UUID> ours = queueNotifications(2);
        UUID refused = ours.get(0);
        UUID busy = ours.get(1);
        List<OutgoingMail> claimed = delivery.claimDue(1000).stream()
                .filter(mail -> ours.contains(mail.notificationId())).toList();
        assertThat(claimed).hasSize(2);

        delivery.record(List.of(
                new SendOutcome(refused, 1, false, "SMTPException: 550 5.1.1 mailbox unknown", true, null),
                new SendOutcome(busy, 1, false, "SMTPException: 451 4.3.0 try again later", false, null)));

        Notification failed = find(refused);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.attemptLimit()).isGreaterThan(1);
        assertThat(failed.lastError()).isEqualTo("permanent: SMTPException: 550 5.1.1 mailbox unknown");
        Notification retried = find(busy);
        assertThat(retried.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(retried.lastError()).isEqualTo("SMTPException: 451 4.3.0 try again later");
    }

    private static Notification find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().find(Notification.class, id));
    }

    private List<UUID> queueNotifications(int count) {
        String eventId = UUID.randomUUID().toString();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(queue.enqueue(new NewNotification(NotificationKind.TASK_ASSIGNED,
                        "claim-" + i + "-" + eventId + "@example.nl", null, Language.NL,
                        new RenderedMessage("subject", "text", "<p>html</p>"), eventId, "TaskAssigned",
                        null, null, null, null, null, null)).orElseThrow());
            }
            return ids;
        });
    }

    private static Set<UUID> ids(List<OutgoingMail> mails) {
        Set<UUID> ids = new HashSet<>();
        mails.forEach(mail -> ids.add(mail.notificationId()));
        return ids;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
