package nl.totalservice.onboarding.partner;

import com.sun.net.httpserver.HttpServer;
import nl.totalservice.onboarding.platform.testing.infra.FreePorts;
import nl.totalservice.onboarding.platform.testing.infra.PackagedService;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service as an operator starts it: without the production security settings it refuses
 * at once with one line naming them; with an identity provider's JWKS URL it verifies that provider's
 * tokens and no others.
 */
class ProductionSettingsIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration START = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void refusesToStartWithoutVerificationKeyIssuerAndDatabasePasswordInOneLine() {
        try (PackagedService service = PackagedService.start(JAR, Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(FreePorts.find()),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/partners"))) {
            assertThat(service.awaitExit(START)).as("exit code").hasValue(1);
            List<String> refusals = refusals(service);
            assertThat(refusals).hasSize(1);
            assertThat(refusals.get(0)).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER",
                    "QUARKUS_DATASOURCE_PASSWORD", "docs/production.md");
            assertThat(service.lines()).noneMatch(line -> line.contains("Flyway") || line.contains("Exception"));
        }
    }

    @Test
    void refusesToStartWithoutTheDatabasePasswordEvenWithAKey() {
        try (PackagedService service = PackagedService.start(JAR, Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(FreePorts.find()),
                "QUARKUS_DATASOURCE_USERNAME", "partners",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://idp.example/realms/onboarding/protocol/openid-connect/certs",
                "MP_JWT_VERIFY_ISSUER", "https://idp.example/realms/onboarding"))) {
            assertThat(service.awaitExit(START)).as("exit code").hasValue(1);
            assertThat(refusals(service)).singleElement().asString()
                    .contains("QUARKUS_DATASOURCE_PASSWORD").doesNotContain("MP_JWT");
        }
    }

    @Test
    void startsWithAnIdentityProvidersJwksAndAcceptsOnlyItsTokens() throws Exception {
        HttpServer identityProvider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = jwks().getBytes(StandardCharsets.UTF_8);
        identityProvider.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        identityProvider.start();
        PostgresServer postgres = SharedInfrastructure.postgres();
        postgres.createDatabase("partners_jwks");
        int port = FreePorts.find();
        Map<String, String> environment = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("partners_jwks"),
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", SharedInfrastructure.kafka().bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "http://127.0.0.1:" + identityProvider.getAddress().getPort() + "/certs",
                "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER));
        try (PackagedService service = PackagedService.start(JAR, environment)) {
            String me = "http://127.0.0.1:" + port + "/api/me";
            String token = DevTokens.ops("olaf@totalservice.nl");
            await().atMost(START).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(IOException.class)
                    .untilAsserted(() -> {
                assertThat(service.isAlive()).as("still running; log: %s", service.lines()).isTrue();
                assertThat(status(me, token)).isEqualTo(200);
            });
            assertThat(status(me, token.substring(0, token.lastIndexOf('.') + 1) + "AAAA")).isEqualTo(401);
            assertThat(service.lines()).noneMatch(line -> line.contains("DEVELOPMENT key"));
        } finally {
            identityProvider.stop(0);
        }
    }

    private static List<String> refusals(PackagedService service) {
        return service.lines().stream().filter(line -> line.contains("Refusing to start")).toList();
    }

    private static int status(String url, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The development public key as a JSON Web Key Set, as an identity provider publishes its keys. */
    private static String jwks() throws Exception {
        try (InputStream pem = ProductionSettingsIT.class.getResourceAsStream("/" + DevTokens.PUBLIC_KEY_LOCATION)) {
            String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"" + unsigned(key.getModulus())
                    + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}";
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
