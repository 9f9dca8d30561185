package nl.totalservice.onboarding.platform.messaging;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an aggregate: an immutable, past-tense record (LeadRegistered,
 * TaskAssigned). Its id becomes {@code ce_id}, its time {@code ce_time}, its aggregate id the Kafka key
 * and {@code ce_subject}, its type {@code ce_type}; the record itself is the JSON body.
 */
public interface DomainEvent {

    UUID eventId();

    Instant occurredAt();

    /** Id of the aggregate this event belongs to: the Kafka key and {@code ce_subject}. */
    @JsonIgnore
    String aggregateId();

    /** The event type ({@code ce_type}): by default the record's simple name, e.g. {@code LeadRegistered}. */
    @JsonIgnore
    default String eventType() {
        return getClass().getSimpleName();
    }
}
