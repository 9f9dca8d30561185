package nl.totalservice.onboarding.platform.messaging.inbox;

/**
 * An event failed while the application was shutting down: it is neither retried nor dead-lettered.
 * Thrown out of the consumer (failure strategy {@code fail}), so its offset stays uncommitted and
 * the event is handled again after the restart.
 */
public class ConsumerStoppedException extends RuntimeException {

    public ConsumerStoppedException(String consumer, Throwable cause) {
        super(consumer + " stopped during shutdown; the event stays uncommitted and is handled after the restart", cause);
    }
}
