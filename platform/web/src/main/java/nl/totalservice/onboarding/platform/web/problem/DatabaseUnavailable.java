package nl.totalservice.onboarding.platform.web.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Recognises a request that failed because the service's database is away (stopped, restarting,
 * recovering from a crash, unreachable) rather than because of the request: such a request is
 * answered 503 with {@code Retry-After}, never 500.
 */
final class DatabaseUnavailable {

    private static final String HIBERNATE_CONNECTION_FAILURE = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or any cause of it says the database cannot be reached now. */
    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                    || isHibernateConnectionFailure(t.getClass())) {
                return true;
            }
            if (t instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            // Agroal says it could not get a connection in time without an SQL state
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 (connection exception); 57P01-57P03: shut down by an admin or a crash, cannot connect now. */
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** By name: platform-web does not depend on Hibernate, the services do. */
    private static boolean isHibernateConnectionFailure(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(HIBERNATE_CONNECTION_FAILURE)) {
                return true;
            }
        }
        return false;
    }
}
