package nl.totalservice.onboarding.notification.delivery;

import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Which SMTP refusals are for good, as the real Vert.x mail client (the one under the Quarkus
 * mailer) reports them: a scripted SMTP server answers MAIL FROM and RCPT TO with the replies under test.
 * (GreenMail accepts every recipient, so it cannot play this part.)
 */
class SmtpRejectionTest {

    private static final String OK = "250 2.1.5 OK";

    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void anUnknownMailboxIsRefusedForGood() throws Exception {
        assertThat(SmtpRejection.isPermanent(failureWhen(OK, "550 5.1.1 <x@example.nl>: mailbox unknown"))).isTrue();
        assertThat(SmtpRejection.isPermanent(failureWhen(OK, "554 5.1.2 host unknown"))).isTrue();
    }

    @Test
    void aBadAddressIsRefusedForGoodFromAServerWithoutEnhancedStatus() throws Exception {
        assertThat(SmtpRejection.isPermanent(failureWhen(OK, "553 mailbox name not allowed"))).isTrue();
        assertThat(SmtpRejection.isPermanent(failureWhen(OK, "550 no such user"))).isTrue();
    }

    @Test
    void aTemporaryRefusalIsRetried() throws Exception {
        assertThat(SmtpRejection.isPermanent(failureWhen(OK, "451 4.3.0 try again later"))).isFalse();
        assertThat(SmtpRejection.isPermanent(failureWhen(OK, "452 4.2.2 mailbox full"))).isFalse();
    }

    @Test
    void aRefusalAboutTheServersOwnPolicyIsRetried() throws Exception {
        // relaying denied: our configuration, not the address; ops fix it and the retries go through
        assertThat(SmtpRejection.isPermanent(failureWhen(OK, "550 5.7.1 relaying denied"))).isFalse();
        assertThat(SmtpRejection.isPermanent(failureWhen(OK, "554 5.7.1 relaying denied"))).isFalse();
    }

    @Test
    void aRefusedSenderIsRetriedWhateverTheCode() throws Exception {
        assertThat(SmtpRejection.isPermanent(failureWhen("553 5.1.8 sender domain does not exist", OK))).isFalse();
        assertThat(SmtpRejection.isPermanent(failureWhen("550 sender rejected", OK))).isFalse();
    }

    @Test
    void anUnreachableServerIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(SmtpRejection.isPermanent(send(closedPort))).isFalse();
    }

    /** Sends one mail to a scripted server that answers MAIL FROM and RCPT TO as given; returns the failure. */
    private static Throwable failureWhen(String mailReply, String rcptReply) throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Thread script = new Thread(() -> serveOnce(server, mailReply, rcptReply), "scripted-smtp");
            script.setDaemon(true);
            script.start();
            Throwable failure = send(server.getLocalPort());
            script.join(10_000);
            return failure;
        }
    }

    private static Throwable send(int port) throws Exception {
        MailConfig config = new MailConfig().setHostname("127.0.0.1").setPort(port)
                .setStarttls(StartTLSOptions.DISABLED).setLogin(LoginOption.DISABLED).setKeepAlive(false);
        MailClient client = MailClient.create(vertx, config);
        try {
            MailMessage message = new MailMessage().setFrom("noreply@totalservice.nl").setTo("x@example.nl")
                    .setSubject("test").setText("test");
            client.sendMail(message).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return fail("the scripted server accepted the mail");
        } catch (ExecutionException e) {
            return e.getCause();
        } finally {
            client.close();
        }
    }

    private static void serveOnce(ServerSocket server, String mailReply, String rcptReply) {
        try (Socket socket = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-scripted\r\n250-ENHANCEDSTATUSCODES\r\n250 8BITMIME");
                    case "HELO" -> reply(out, "250 scripted");
                    case "MAIL" -> reply(out, mailReply);
                    case "RCPT" -> reply(out, rcptReply);
                    case "RSET" -> reply(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away: the test's assertion tells what happened
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
