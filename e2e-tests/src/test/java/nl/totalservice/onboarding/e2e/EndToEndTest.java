package nl.totalservice.onboarding.e2e;

import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Base of the end-to-end scenarios: the running system, the actors, every topic recorded from the
 * beginning, the SMTP server's mail. Scenarios see the services only through REST, Kafka and SMTP.
 */
abstract class EndToEndTest {

    static final String GRONINGEN = "9711 LM";
    static final String GRONINGEN_EAST = "9713 GX";
    static final String MAASTRICHT = "6211 CK";
    static final String ASSEN = "9401 HP";
    static final String UTRECHT = "3511 LX";

    static RunningSystem system;
    static Actors actors;
    static TopicRecorder events;
    static EventCatalog catalog;
    private static final java.util.Set<String> checkedEventIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void startSystem() {
        synchronized (EndToEndTest.class) {
            if (system == null) {
                system = RunningSystem.get();
                actors = new Actors(system);
                events = TopicRecorder.record(system.kafka(), "lead-events", "partner-events", "task-events",
                        "notification-events");
                catalog = EventCatalog.load(java.nio.file.Path.of(System.getProperty("project.root", "..")));
            }
        }
    }

    /** Every event the scenario caused (and any recorded since the last check) matches docs/asyncapi.yaml. */
    @org.junit.jupiter.api.AfterEach
    void everyPublishedEventMatchesTheCatalog() {
        List<String> problems = new java.util.ArrayList<>();
        for (RecordedEvent event : events.all()) {
            if (checkedEventIds.add(event.topic() + "/" + event.partition() + "@" + event.offset())) {
                problems.addAll(catalog.violations(event));
            }
        }
        org.assertj.core.api.Assertions.assertThat(problems).as("events that do not match docs/asyncapi.yaml").isEmpty();
    }

    /** A fresh email address for a partner of this scenario. */
    static String partnerEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    }

    static List<ReceivedMail> mailTo(String address) {
        return system.smtp().receivedMail().stream().filter(mail -> mail.isTo(address)).toList();
    }

    static List<ReceivedMail> awaitMailTo(String address, int count) {
        return await().atMost(Actors.PATIENCE).until(() -> mailTo(address), mails -> mails.size() >= count);
    }

    static RecordedEvent awaitEvent(String type, String subject) {
        return events.awaitType(type, subject, Actors.PATIENCE);
    }

    static List<RecordedEvent> eventsOf(String type, String subject) {
        return events.matching(event -> type.equals(event.type()) && subject.equals(event.subject()));
    }
}
