package nl.totalservice.onboarding.task.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The SQL statements Hibernate prepares on the calling thread while {@link #record} runs: what one
 * request costs in round trips to the database (other threads, such as consumers, are not counted).
 * Registered as the persistence unit's statement inspector in the tests.
 */
@PersistenceUnitExtension
@ApplicationScoped
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
            statements.add(sql.toLowerCase(java.util.Locale.ROOT));
        }
        return sql;
    }

    public record Recorded<T>(T result, List<String> statements) {

        /** The statements that read or write {@code table} (named after from, join, into or update). */
        public List<String> touching(String table) {
            return statements.stream().filter(sql -> sql.matches("(?s).*\\b(from|join|into|update) " + table + "\\b.*"))
                    .toList();
        }
    }
}
