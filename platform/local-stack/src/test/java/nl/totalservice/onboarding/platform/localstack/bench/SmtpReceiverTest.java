package nl.totalservice.onboarding.platform.localstack.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.totalservice.onboarding.platform.testing.infra.FreePorts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpReceiverTest {

    @Test
    void acceptsMailFromARealSmtpClientAndReportsEachMessageWithItsReceiptTime() throws Exception {
        List<String> messages = new CopyOnWriteArrayList<>();
        List<Long> times = new CopyOnWriteArrayList<>();
        int port = FreePorts.find();
        long before = System.nanoTime();
        try (SmtpReceiver receiver = SmtpReceiver.start(port, (at, message) -> {
            times.add(at);
            messages.add(message);
        })) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", Integer.toString(port));
            Session session = Session.getInstance(props);
            for (int i = 1; i <= 2; i++) {
                MimeMessage mail = new MimeMessage(session);
                mail.setFrom(new InternetAddress("noreply@totalservice.nl"));
                mail.setRecipient(Message.RecipientType.TO, new InternetAddress("anna@noorderlicht.example"));
                mail.setSubject("Task " + i);
                mail.setHeader("X-Notification-Kind", "TASK_ASSIGNED");
                mail.setText("line one\n.a line that starts with a dot\n");
                Transport.send(mail);
            }

            assertThat(receiver.received()).isEqualTo(2);
        }

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains("Subject: Task 1", "X-Notification-Kind: TASK_ASSIGNED",
                "\n.a line that starts with a dot\n");
        assertThat(messages.get(1)).contains("Subject: Task 2");
        assertThat(times).allSatisfy(at -> assertThat(at).isBetween(before, System.nanoTime()));
    }

    @Test
    void answersATransientErrorWhileRefusingAndAcceptsAgainAfterwards() throws Exception {
        int port = FreePorts.find();
        try (SmtpReceiver receiver = SmtpReceiver.start(port, (at, message) -> { })) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", Integer.toString(port));
            Session session = Session.getInstance(props);
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress("noreply@totalservice.nl"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("anna@noorderlicht.example"));
            mail.setText("hello");

            receiver.refuseWith("451 4.3.0 try again later");
            assertThatThrownBy(() -> Transport.send(mail)).hasMessageContaining("451");
            receiver.refuseWith(null);
            Transport.send(mail);

            assertThat(receiver.received()).isEqualTo(1);
        }
    }
}
