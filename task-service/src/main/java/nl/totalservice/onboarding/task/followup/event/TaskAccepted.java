package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.UUID;

/** The assigned partner accepted the task. */
public record TaskAccepted(@JsonUnwrapped TaskFacts facts, UUID partnerId, String acceptedBy) implements TaskEvent {
}
