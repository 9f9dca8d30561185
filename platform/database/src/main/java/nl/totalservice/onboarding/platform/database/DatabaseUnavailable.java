package nl.totalservice.onboarding.platform.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a failure that says the service's database is away (stopped, restarting, recovering
 * from a crash, unreachable) rather than anything about the request or the event: such a request is
 * answered 503 with {@code Retry-After}, never 500, and such an event is retried until the database
 * is back, never dead-lettered.
 */
public final class DatabaseUnavailable {

    private static final String HIBERNATE_CONNECTION_FAILURE = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseUnavailable() {
    }

    /**
     * Whether {@code failure}, a cause or a suppressed exception of it (a failed commit carries the
     * driver's exception as suppressed) says the database cannot be reached now.
     */
    public static boolean causes(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (saysUnavailable(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    private static boolean saysUnavailable(Throwable t) {
        if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                || isHibernateConnectionFailure(t.getClass())) {
            return true;
        }
        if (t instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
            return true;
        }
        // Agroal says it could not get a connection in time without an SQL state
        return t instanceof SQLException && t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** Class 08 (connection exception); 57P01-57P03: shut down by an admin or a crash, cannot connect now. */
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** By name: this library does not depend on Hibernate, the services do. */
    private static boolean isHibernateConnectionFailure(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(HIBERNATE_CONNECTION_FAILURE)) {
                return true;
            }
        }
        return false;
    }
}
