package nl.totalservice.onboarding.platform.localstack;

import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so this checks docker-compose.yml against the services' real
 * configuration instead: ports, databases, environment variables each service (and the portal)
 * really reads, health checks and start order.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static Map<String, Object> services;
    private static String initDatabases;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Object>) compose.get("services");
        }
        initDatabases = Files.readString(ROOT.resolve("docker/postgres/init-databases.sql"));
    }

    static Stream<ServiceDefinition> applicationServices() {
        return ServiceDefinition.ALL.stream();
    }

    /** What docker/Dockerfile builds an image of: the four services and the portal. */
    static Stream<ServiceDefinition> deployables() {
        return Stream.concat(ServiceDefinition.ALL.stream(), Stream.of(ServiceDefinition.PORTAL));
    }

    @Test
    void runsTheInfrastructureWithHealthChecks() {
        assertThat(services).containsKeys("postgres", "kafka", "mailpit");
        for (String infra : List.of("postgres", "kafka", "mailpit")) {
            assertThat(map(services, infra)).as(infra).containsKey("healthcheck");
        }
        assertThat(map(map(services, "kafka"), "environment").get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
    }

    @ParameterizedTest
    @MethodSource("deployables")
    void publishesTheServicePortItListensOn(ServiceDefinition service) throws IOException {
        Properties config = applicationProperties(service);
        String port = config.getProperty("quarkus.http.port");
        assertThat(port).isEqualTo(Integer.toString(service.port()));
        assertThat(list(map(services, service.name()), "ports")).contains(port + ":" + port);
        Map<String, Object> build = map(map(services, service.name()), "build");
        assertThat(map(build, "args")).containsEntry("SERVICE", service.name()).containsEntry("PORT", port);
        String dockerfile = Files.readString(ROOT.resolve((String) build.get("dockerfile")));
        assertThat(dockerfile).contains("EXPOSE ${PORT}").contains("/${SERVICE}/target/quarkus-app/lib/");
        Matcher modules = Pattern.compile("-pl (\\S+) -am").matcher(dockerfile);
        assertThat(modules.find()).as("the build stage's module list").isTrue();
        assertThat(modules.group(1).split(",")).as("modules the build stage packages").contains(service.name());
        assertThat(dockerfile.substring(0, dockerfile.indexOf("AS build"))).as("one build stage for every image")
                .doesNotContain("ARG");
        assertThat(healthcheck(service)).contains("/" + port).contains("/q/health/ready");
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    void usesOnlyEnvironmentVariablesTheServiceReads(ServiceDefinition service) throws IOException {
        Set<String> readable = new HashSet<>();
        for (Object key : applicationProperties(service).keySet()) {
            readable.add(environmentName(withoutProfile(key.toString())));
        }
        for (Object key : platformDefaults().keySet()) {
            readable.add(environmentName(withoutProfile(key.toString())));
        }
        Map<String, Object> environment = map(map(services, service.name()), "environment");
        assertThat(environment.keySet()).as("environment of " + service.name()).isSubsetOf(readable);
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    void pointsEachServiceAtItsOwnDatabase(ServiceDefinition service) throws IOException {
        String defaultUrl = applicationProperties(service).getProperty("quarkus.datasource.jdbc.url");
        String composeUrl = (String) map(map(services, service.name()), "environment").get("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(database(defaultUrl)).isEqualTo(service.database());
        assertThat(composeUrl).isEqualTo("jdbc:postgresql://postgres:5432/" + service.database());
        assertThat(initDatabases).contains("create database " + service.database() + ";");
        Map<String, Object> postgres = map(map(services, "postgres"), "environment");
        Map<String, Object> environment = map(map(services, service.name()), "environment");
        assertThat(environment.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(environment.get("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    void setsTheDevelopmentKeyIssuerAndPasswordExplicitlyAsPackagedServicesHaveNone(ServiceDefinition service) {
        Map<String, Object> environment = map(map(services, service.name()), "environment");
        assertThat(environment).containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevTokens.PUBLIC_KEY_LOCATION)
                .containsEntry("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER)
                .containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    void startsAfterPostgresAndKafkaAreHealthy(ServiceDefinition service) {
        Map<String, Object> dependsOn = map(map(services, service.name()), "depends_on");
        for (String infra : List.of("postgres", "kafka")) {
            assertThat(map(dependsOn, infra).get("condition")).as(service.name() + " on " + infra)
                    .isEqualTo("service_healthy");
        }
        String bootstrap = (String) map(map(services, service.name()), "environment").get("KAFKA_BOOTSTRAP_SERVERS");
        String listeners = (String) map(map(services, "kafka"), "environment").get("KAFKA_ADVERTISED_LISTENERS");
        assertThat(listeners).contains("://" + bootstrap);
    }

    @Test
    void letsPostgresAcceptEveryServicePoolAtOnce() throws IOException {
        int pools = 0;
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            pools += Integer.parseInt(applicationProperties(service).getProperty("quarkus.datasource.jdbc.max-size"));
        }
        List<String> command = list(map(services, "postgres"), "command");
        String maxConnections = command.get(command.indexOf("-c") + 1);
        assertThat(maxConnections).startsWith("max_connections=");
        assertThat(Integer.parseInt(maxConnections.substring("max_connections=".length()))).isGreaterThan(pools + 10);
    }

    @Test
    void runsPostgresWithTheSettingsTheLocalStackAndTheBenchmarkRunIt() {
        List<String> command = list(map(services, "postgres"), "command");
        for (Map.Entry<String, String> setting : PostgresServer.DURABLE_SETTINGS.entrySet()) {
            String option = setting.getKey() + "=" + setting.getValue();
            assertThat(command).as("docker-compose's postgres command").contains(option);
            assertThat(command.get(command.indexOf(option) - 1)).isEqualTo("-c");
        }
    }

    @Test
    void sendsMailToTheMailCatcher() throws IOException {
        Map<String, Object> environment = map(map(services, "notification-service"), "environment");
        assertThat(environment.get("QUARKUS_MAILER_HOST")).isEqualTo("mailpit");
        assertThat(list(map(services, "mailpit"), "ports")).contains(environment.get("QUARKUS_MAILER_PORT") + ":1025");
        assertThat(map(map(map(services, "notification-service"), "depends_on"), "mailpit").get("condition"))
                .isEqualTo("service_healthy");
    }

    @Test
    void partnerServiceUsesItsBundledGazetteerAndNothingBesideTheProjectIsMounted() {
        Map<String, Object> partner = map(services, "partner-service");
        assertThat(map(partner, "environment")).doesNotContainKey("PARTNER_GAZETTEER_PATH");
        for (Object service : services.values()) {
            @SuppressWarnings("unchecked")
            Object volumes = ((Map<String, Object>) service).get("volumes");
            if (volumes instanceof List<?> mounts) {
                assertThat(mounts).allSatisfy(volume -> assertThat(volume.toString()).doesNotStartWith(".."));
            }
        }
    }

    @Test
    void runsThePortalOnTheServicesByTheirComposeNamesWithOnlySettingsItReads() throws IOException {
        Map<String, Object> portal = map(services, ServiceDefinition.PORTAL.name());
        Map<String, Object> environment = map(portal, "environment");
        assertThat(environment.keySet()).as("environment of the portal").isSubsetOf(PortalSettings.readable(ROOT));
        assertThat(environment).containsKeys("PORTAL_SERVICES_LEAD", "PORTAL_SERVICES_PARTNER", "PORTAL_SERVICES_TASK");
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            String key = "PORTAL_SERVICES_" + service.name().replace("-service", "").toUpperCase();
            if (environment.containsKey(key)) {
                assertThat(environment.get(key)).as(key).isEqualTo("http://" + service.name() + ":" + service.port());
                assertThat(map(map(portal, "depends_on"), service.name()).get("condition")).as("portal on " + service.name())
                        .isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void switchesThePortalsDevelopmentSignInOnExplicitlyAsTheLocalStackDoes() {
        Map<String, Object> environment = map(map(services, ServiceDefinition.PORTAL.name()), "environment");
        Map<String, String> local = ServiceEnvironment.portal(ServiceDefinition.PORTAL.port(), Map.of());
        local.keySet().removeIf(key -> key.startsWith("PORTAL_SERVICES_") || key.equals("QUARKUS_HTTP_PORT"));
        assertThat(local).containsKeys("PORTAL_SIGN_IN", "PORTAL_ALLOW_DEVELOPMENT_SIGN_IN", "PORTAL_SESSION_SECURE");
        assertThat(environment).containsAllEntriesOf(local);
    }

    @Test
    void emailsLinkToThePortalWhereTheBrowserReachesIt() {
        Map<String, Object> environment = map(map(services, "notification-service"), "environment");
        String published = list(map(services, ServiceDefinition.PORTAL.name()), "ports").get(0);
        String portal = "http://localhost:" + published.substring(0, published.indexOf(':'));
        assertThat(environment).containsEntry("NOTIFICATION_PORTAL_BASE_URL", portal)
                .containsEntry("NOTIFICATION_INTERNAL_BASE_URL", portal);
    }

    private static String healthcheck(ServiceDefinition service) {
        return String.join(" ", list(map(map(services, service.name()), "healthcheck"), "test"));
    }

    private static Properties applicationProperties(ServiceDefinition service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service.name()).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /** Defaults the platform libraries ship (META-INF/microprofile-config.properties). */
    private static Properties platformDefaults() throws IOException {
        Properties properties = new Properties();
        for (String module : List.of("web", "messaging")) {
            Path file = ROOT.resolve("platform").resolve(module).resolve("src/main/resources/META-INF/microprofile-config.properties");
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    /** The environment variable MicroProfile Config maps to a property name. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static String database(String jdbcUrl) {
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPath().substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
