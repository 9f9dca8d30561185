package nl.totalservice.onboarding.platform.web.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.totalservice.onboarding.platform.testing.infra.Directories;
import nl.totalservice.onboarding.platform.testing.infra.FreePorts;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A real PostgreSQL server that a test can stop (fast shutdown) and start again on the same data
 * directory and port, as an operator restarting the database would. The module's other tests use it
 * as their (untouched) datasource.
 */
public class RestartablePostgres implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "web";
    private static Path directory;
    private static int port;
    private static PostgresServer server;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("web-restartable-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = FreePorts.find();
        startAgain();
        server.createDatabase(DATABASE);
        String url = server.jdbcUrl(DATABASE);
        try (var connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("create table probe_record (id uuid primary key, name text not null)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the probe table", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    /** PostgreSQL's fast shutdown: open connections are terminated, new ones refused. */
    static synchronized void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the server (again) on its data directory and port. */
    static synchronized void startAgain() {
        server = PostgresServer.startPersistent(directory, port);
    }

    /** After a test that stopped it: running again for the next one. */
    static synchronized void ensureRunning() {
        if (server == null) {
            startAgain();
        }
    }

    @Override
    public void stop() {
        stopServer();
        Directories.deleteRecursively(directory);
    }
}
