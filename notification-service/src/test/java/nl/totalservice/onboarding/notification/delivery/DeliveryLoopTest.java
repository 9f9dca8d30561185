package nl.totalservice.onboarding.notification.delivery;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sender with fakes around it: what it does with the outcomes of mails that went out while the database went away. */
class DeliveryLoopTest {

    private final FakeDelivery delivery = new FakeDelivery();
    private final DeliveryLoop loop = new DeliveryLoop(delivery, new FakeSender(), new DeliverySignal(null), config());

    @AfterEach
    void stop() {
        loop.onStop(null);
    }

    @Test
    void keepsTheOutcomesOfSentMailsUntilTheDatabaseIsBackInsteadOfLettingThemGoTwice() {
        delivery.unavailableFor.set(3);

        loop.onStart(null);

        await().atMost(Duration.ofSeconds(10)).until(() -> !delivery.recorded.isEmpty());
        assertThat(delivery.recorded).singleElement().satisfies(outcomes -> assertThat(outcomes)
                .extracting(SendOutcome::sent).containsExactly(true, true));
        assertThat(delivery.recordCalls).hasValue(4); // three while the database was away, then the whole round at once
    }

    /** Hands out two mails once; recording fails as a lost connection does while {@code unavailableFor} lasts. */
    private static final class FakeDelivery extends DeliveryService {

        final AtomicInteger unavailableFor = new AtomicInteger();
        final AtomicInteger recordCalls = new AtomicInteger();
        final AtomicInteger claims = new AtomicInteger();
        final List<List<SendOutcome>> recorded = new CopyOnWriteArrayList<>();

        FakeDelivery() {
            super(null, null, null, null, null);
        }

        @Override
        public List<OutgoingMail> claimDue(int limit) {
            if (claims.incrementAndGet() > 1) {
                return List.of();
            }
            return List.of(mail(), mail());
        }

        @Override
        public void record(List<SendOutcome> outcomes) {
            recordCalls.incrementAndGet();
            if (unavailableFor.getAndDecrement() > 0) {
                throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLException("Connection to localhost:5432 refused.", "08001"));
            }
            recorded.add(outcomes);
        }

        private static OutgoingMail mail() {
            return new OutgoingMail(UUID.randomUUID(), 1, NotificationKind.TASK_ASSIGNED, "partner@example.nl", "s", "t", "h", null);
        }
    }

    /** Every mail accepted by the server. */
    private static final class FakeSender extends MailSender {

        FakeSender() {
            super(null, null, messageConfig(), null);
        }

        @Override
        public List<SendOutcome> sendAll(List<OutgoingMail> mails) {
            return mails.stream().map(mail -> SendOutcome.sent(mail, null)).toList();
        }
    }

    private static nl.totalservice.onboarding.notification.message.MessageConfig messageConfig() {
        return (nl.totalservice.onboarding.notification.message.MessageConfig) Proxy.newProxyInstance(
                DeliveryLoopTest.class.getClassLoader(),
                new Class<?>[] {nl.totalservice.onboarding.notification.message.MessageConfig.class},
                (proxy, method, args) -> method.getName().equals("from") ? "noreply@example.nl" : null);
    }

    private static DeliveryConfig config() {
        return (DeliveryConfig) Proxy.newProxyInstance(DeliveryLoopTest.class.getClassLoader(),
                new Class<?>[] {DeliveryConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "enabled" -> true;
                    case "pollInterval" -> Duration.ofMillis(20);
                    case "batchSize" -> 100;
                    case "sendTimeout" -> Duration.ofSeconds(1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
