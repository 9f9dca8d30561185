package nl.totalservice.onboarding.task.followup;

/**
 * A code that goes with a history line: a reason, an outcome or a kind (e.g. {@code NO_CAPACITY}).
 * Every code is an enum constant; the history stores its name.
 */
public interface HistoryCode {

    /** The constant's name, as stored and shown. */
    String name();
}
