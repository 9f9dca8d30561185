package nl.totalservice.onboarding.platform.testing.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from embedded binaries (zonky). Used by tests (throw-away data, no fsync)
 * and by the local stack (a persistent data directory).
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    /** The password clients give (the embedded server trusts local connections; a packaged service needs one set). */
    public static final String PASSWORD = "postgres";
    /**
     * What the durable server runs with beyond PostgreSQL's defaults, here and in docker-compose alike
     * ({@code ComposeFileTest} checks that they agree). PostgreSQL's defaults are 128 MB and 1 GB: with
     * 128 MB of shared buffers the four databases' working set under load did not fit, so backends evicted
     * dirty pages themselves (about 2,400 a second at 100 flows/s) and each such write first flushes the
     * WAL up to that page; with a 1 GB {@code max_wal_size} the flow's WAL forced a checkpoint every
     * 60-115 s, and one written in a burst stalled the flow (docs/benchmarks, "5 December 2026, night").
     * Memory is taken as pages are used: an idle local stack stays small.
     */
    public static final Map<String, String> DURABLE_SETTINGS = durableSettings();

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Throw-away server on a free port, tuned for tests (never durable). */
    public static PostgresServer startForTests() {
        try {
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /**
     * Durable server keeping its data in {@code dataDirectory} across restarts: every commit is on
     * disk when it returns ({@code fsync} and {@code synchronous_commit} on; zonky's defaults turn
     * both off, which loses the last commits in a crash of the machine). The caller stops it
     * ({@link #close()}), so that it can stop what uses the database first.
     *
     * @param port fixed port, or 0 for a free one
     */
    public static PostgresServer startPersistent(Path dataDirectory, int port) {
        return startPersistent(dataDirectory, port, Map.of());
    }

    /**
     * {@link #startPersistent(Path, int)} with more server settings (e.g. {@code shared_preload_libraries}),
     * applied after the durable ones.
     */
    public static PostgresServer startPersistent(Path dataDirectory, int port, Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on") // after zonky's -F on the command line, so it wins
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "300");
            DURABLE_SETTINGS.forEach(builder::setServerConfig);
            settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    private static Map<String, String> durableSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("shared_buffers", "1GB");
        settings.put("max_wal_size", "4GB");
        return Collections.unmodifiableMap(settings);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; owned by {@link #USER}. */
    public void createDatabase(String database) {
        if (!DATABASE_NAME.matcher(Objects.requireNonNull(database)).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /** Runs one statement in the server's {@code postgres} database, as its superuser (e.g. creating an extension). */
    public void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    @Override
    public void close() {
        // The embedded server's stop waits 5 s for the shutdown checkpoint, then logs an error (the server
        // still stops); a checkpoint first leaves the shutdown little to write, also on a busy machine.
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        } catch (SQLException e) {
            // already stopping or gone: the stop below says what it finds
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
