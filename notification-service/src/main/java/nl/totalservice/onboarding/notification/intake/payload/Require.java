package nl.totalservice.onboarding.notification.intake.payload;

/** Checks of required fields in consumed events: a missing one makes the event unprocessable. */
final class Require {

    private Require() {
    }

    static void present(Object value, String type, String field) {
        if (value == null) {
            // IllegalArgumentException in a reader: the event is dead-lettered at once, never retried
            throw new IllegalArgumentException(type + " without " + field);
        }
    }
}
