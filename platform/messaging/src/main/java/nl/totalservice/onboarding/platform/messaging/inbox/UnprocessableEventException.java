package nl.totalservice.onboarding.platform.messaging.inbox;

/**
 * The event can never be handled as it is (missing headers, a body that does not fit, a reference
 * the domain rejects): it goes to the dead-letter topic at once, without retries.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
