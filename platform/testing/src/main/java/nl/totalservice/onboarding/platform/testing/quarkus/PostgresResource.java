package nl.totalservice.onboarding.platform.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;

import java.util.Map;

/**
 * Quarkus test resource: a real PostgreSQL (one per test JVM) with the database named by the
 * {@code database} init argument (default {@code app}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = SharedInfrastructure.postgres();
        server.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        // the server lives as long as the JVM: other test classes reuse it
    }
}
