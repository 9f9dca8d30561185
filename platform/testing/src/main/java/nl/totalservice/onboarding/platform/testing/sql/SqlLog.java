package nl.totalservice.onboarding.platform.testing.sql;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The SQL statements Hibernate prepares on the calling thread while {@link #record} runs: what one
 * request or event costs in round trips to the database (other threads, such as consumers, are not
 * counted). A service's tests register it as the persistence unit's statement inspector with a
 * subclass annotated {@code @PersistenceUnitExtension @ApplicationScoped}.
 */
public class SqlLog implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** What {@code work} returned, and the statements it prepared, lower case, in order. */
    public static <T> Recorded<T> record(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            return new Recorded<>(work.get(), List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(sql.toLowerCase(Locale.ROOT));
        }
        return sql;
    }

    /** A result and the statements that produced it. */
    public record Recorded<T>(T result, List<String> statements) {

        /** The statements that read or write {@code table} (named after from, join, into or update). */
        public List<String> touching(String table) {
            return statements.stream()
                    .filter(sql -> sql.matches("(?s).*\\b(from|join|into|update) " + table + "\\b.*"))
                    .toList();
        }

        /** The statements that contain {@code text}. */
        public List<String> containing(String text) {
            return statements.stream().filter(sql -> sql.contains(text)).toList();
        }
    }
}
