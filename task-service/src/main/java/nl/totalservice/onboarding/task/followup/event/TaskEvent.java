package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** An event on {@code task-events}, keyed by task id; its common fields are written flat into the body. */
public interface TaskEvent extends DomainEvent {

    TaskFacts facts();

    @Override
    @JsonIgnore
    default UUID eventId() {
        return facts().eventId();
    }

    @Override
    @JsonIgnore
    default Instant occurredAt() {
        return facts().occurredAt();
    }

    @Override
    @JsonIgnore
    default String aggregateId() {
        return facts().taskId().toString();
    }
}
