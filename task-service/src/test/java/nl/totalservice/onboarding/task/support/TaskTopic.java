package nl.totalservice.onboarding.task.support;

import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import nl.totalservice.onboarding.task.Channels;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What task-service published on task-events, recorded from the start of the topic (one recorder
 * per test JVM). Every event a test waits for is also checked against docs/events.md.
 */
public final class TaskTopic {

    public static final Duration WAIT = Duration.ofSeconds(20);
    private static TopicRecorder recorder;

    private TaskTopic() {
    }

    private static synchronized TopicRecorder recorder() {
        if (recorder == null) {
            recorder = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(), Channels.TASK_EVENTS);
        }
        return recorder;
    }

    /** Waits for the first event of {@code type} keyed by {@code key} (a lead's {@code LeadDataErased}, say). */
    public static RecordedEvent awaitKeyed(String type, UUID key) {
        return recorder().awaitType(type, key.toString(), WAIT);
    }

    /** Waits for the first event of {@code type} about the task and checks it against the contract. */
    public static RecordedEvent await(String type, UUID taskId) {
        return EventContract.check(recorder().awaitType(type, taskId.toString(), WAIT));
    }

    /** Waits for an event of {@code type} about the task that matches, and checks it against the contract. */
    public static RecordedEvent await(String type, UUID taskId, java.util.function.Predicate<RecordedEvent> matching) {
        return EventContract.check(recorder().awaitType(type,
                event -> taskId.toString().equals(event.subject()) && matching.test(event), WAIT));
    }

    /** Waits for the {@code n}-th (from 1) event of {@code type} about the task. */
    public static RecordedEvent awaitNth(String type, UUID taskId, int n) {
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> of(type, taskId).size() >= n);
        return EventContract.check(of(type, taskId).get(n - 1));
    }

    /** Events of {@code type} about the task recorded so far. */
    public static List<RecordedEvent> of(String type, UUID taskId) {
        return recorder().matching(event -> type.equals(event.type()) && taskId.toString().equals(event.subject()));
    }

    /** Every event about the task recorded so far, in order. */
    public static List<RecordedEvent> about(UUID taskId) {
        return recorder().matching(event -> taskId.toString().equals(event.subject()));
    }

    /** Every recorded task event of the run so far. */
    public static List<RecordedEvent> all() {
        return recorder().all();
    }
}
