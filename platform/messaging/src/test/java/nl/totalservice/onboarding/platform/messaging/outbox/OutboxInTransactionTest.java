package nl.totalservice.onboarding.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.messaging.app.ThingService;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxInTransactionTest {

    @Inject
    ThingService things;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxMaintenance maintenance;

    private TopicRecorder topic;

    @BeforeEach
    void record() {
        topic = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(), ThingService.TOPIC);
    }

    @AfterEach
    void stop() {
        topic.close();
    }

    @Test
    void publishesACommittedEventKeyedByAggregateWithCloudEventsHeaders() {
        UUID id = things.create("published-" + UUID.randomUUID());

        RecordedEvent event = topic.awaitType("ThingCreated", id.toString(), Duration.ofSeconds(30));

        assertThat(event.key()).isEqualTo(id.toString());
        assertThat(event.source()).isEqualTo("/messaging-test");
        assertThat(event.header("ce_specversion")).isEqualTo("1.0");
        assertThat(event.header("content-type")).isEqualTo("application/json");
        assertThat(Instant.parse(event.time())).isBefore(Instant.now().plusSeconds(1));
        assertThat(event.time()).isEqualTo(event.field("occurredAt"));
        assertThat(event.field("thingId")).isEqualTo(id.toString());
        assertThat(event.field("eventId")).isEqualTo(event.id());
        assertThat(event.json().has("aggregateId")).isFalse();
    }

    @Test
    void neverPublishesTheEventOfARolledBackTransaction() throws Exception {
        String failed = "rolled-back-" + UUID.randomUUID();
        assertThatThrownBy(() -> things.createThenFail(failed)).isInstanceOf(IllegalStateException.class);
        UUID marker = things.create("marker-" + UUID.randomUUID());

        topic.awaitType("ThingCreated", marker.toString(), Duration.ofSeconds(30));

        assertThat(topic.matching(event -> failed.equals(event.field("name")))).isEmpty();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select count(*) from messaging_outbox where payload->>'name' = ?")) {
            select.setString(1, failed);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void marksPublishedEventsSoTheBacklogEmpties() {
        for (int i = 0; i < 20; i++) {
            things.create("backlog-" + i);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> maintenance.backlog() == 0);
        assertThat(topic.matching(event -> String.valueOf(event.field("name")).startsWith("backlog-"))).hasSize(20);
    }
}
