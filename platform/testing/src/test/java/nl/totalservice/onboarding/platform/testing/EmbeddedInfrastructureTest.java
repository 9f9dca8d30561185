package nl.totalservice.onboarding.platform.testing;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfrastructureTest {

    @Test
    void postgresCreatesADatabaseOnceAndServesQueries() throws Exception {
        PostgresServer postgres = SharedInfrastructure.postgres();
        postgres.createDatabase("things");
        postgres.createDatabase("things");

        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("things"), PostgresServer.USER, "");
             ResultSet rs = connection.createStatement().executeQuery("select current_database(), version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("things");
            assertThat(rs.getString(2)).startsWith("PostgreSQL 16");
        }
    }

    @Test
    void thePersistentServerOfTheLocalStackIsDurableAndKeepsItsData(@TempDir Path data) throws Exception {
        try (PostgresServer postgres = PostgresServer.startPersistent(data, 0)) {
            postgres.createDatabase("kept");
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("kept"), PostgresServer.USER, "");
                 Statement statement = connection.createStatement()) {
                assertThat(setting(statement, "fsync")).isEqualTo("on");
                assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(statement, "shared_buffers")).isEqualTo("1GB");
                assertThat(setting(statement, "max_wal_size")).isEqualTo("4GB");
                statement.execute("create table thing (name text)");
                statement.execute("insert into thing values ('kept')");
            }
        }
        try (PostgresServer postgres = PostgresServer.startPersistent(data, 0);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl("kept"), PostgresServer.USER, "");
             ResultSet rs = connection.createStatement().executeQuery("select name from thing")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("show " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void kafkaBrokerDeliversWhatIsSentWithItsHeaders() {
        String bootstrap = SharedInfrastructure.kafka().bootstrapServers();
        try (TopicRecorder recorder = TopicRecorder.record(bootstrap, "infra-test");
             EventSender sender = new EventSender(bootstrap)) {
            String id = sender.send("infra-test", "key-1", "ThingHappened", "{\"thing\":\"x\"}");

            RecordedEvent event = recorder.awaitType("ThingHappened", "key-1", Duration.ofSeconds(30));

            assertThat(event.id()).isEqualTo(id);
            assertThat(event.key()).isEqualTo("key-1");
            assertThat(event.field("thing")).isEqualTo("x");
        }
    }

    @Test
    void smtpServerReceivesMailAndComesBackAfterAStop() throws Exception {
        SmtpServer smtp = SharedInfrastructure.smtp();
        smtp.stop();
        smtp.start();
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("noreply@example.nl"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("partner@example.nl", "Partner Firm"));
        message.setSubject("Hallo");
        message.setText("Een taak voor u");
        Transport.send(message);

        assertThat(smtp.receivedMail()).extracting(ReceivedMail::subject, ReceivedMail::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hallo", "Een taak voor u"));
        assertThat(smtp.receivedMail().get(0).isTo("PARTNER@example.nl")).isTrue();
        assertThat(smtp.receivedMail().get(0).isTo("artner@example.nl")).isFalse();
    }

    @Test
    void devTokensCarryRoleAndPartnerId() {
        String token = DevTokens.partner("anna@partner.nl", "c0ffee00-0000-0000-0000-000000000001");

        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"groups\":[\"partner\"]")
                .contains("\"partner_id\":\"c0ffee00-0000-0000-0000-000000000001\"")
                .contains("\"iss\":\"" + DevTokens.ISSUER + "\"");
    }
}
