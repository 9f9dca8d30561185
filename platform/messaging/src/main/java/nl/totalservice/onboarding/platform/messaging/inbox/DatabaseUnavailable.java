package nl.totalservice.onboarding.platform.messaging.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Recognises a failure that says the database is away (stopped, restarting, recovering from a crash)
 * rather than anything about the event: such an event is retried until the database is back,
 * never dead-lettered.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} (or a cause of it) says the database is away. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // Agroal's pool, when it cannot get a connection in time, says so without an SQL state
            if (message.contains("acquisition timeout") || message.contains("connection refused")) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 (connection exception) and 57P01-57P03 (admin or crash shutdown, cannot connect now). */
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
