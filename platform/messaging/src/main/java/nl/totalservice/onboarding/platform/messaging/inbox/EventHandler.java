package nl.totalservice.onboarding.platform.messaging.inbox;

/** Handles one event type, inside the consumer's transaction. */
@FunctionalInterface
public interface EventHandler {

    void handle(IncomingEvent event) throws Exception;
}
