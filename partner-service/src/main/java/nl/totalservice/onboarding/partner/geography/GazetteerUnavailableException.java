package nl.totalservice.onboarding.partner.geography;

/** The gazetteer file is not configured or cannot be read. */
public class GazetteerUnavailableException extends RuntimeException {

    public GazetteerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
