package nl.totalservice.onboarding.platform.testing.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.List;

/**
 * A real SMTP server (GreenMail) that keeps every message it receives. It can be stopped and started
 * again on the same port, so tests can prove that mail is retried while the server is away.
 */
public final class SmtpServer implements AutoCloseable {

    private final int port;
    private GreenMail greenMail;

    private SmtpServer(int port) {
        this.port = port;
    }

    /** Starts on {@code port}, or on a free port when it is 0. */
    public static SmtpServer start(int port) {
        SmtpServer server = new SmtpServer(port > 0 ? port : FreePorts.find());
        server.start();
        return server;
    }

    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        greenMail = new GreenMail(setup);
        greenMail.start();
    }

    /** Stops accepting mail; what was received so far is forgotten. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** Every message received since the server (re)started, oldest first. */
    public synchronized List<MimeMessage> receivedMessages() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    /** Every message received since the server (re)started, as {@link ReceivedMail}, oldest first. */
    public List<ReceivedMail> receivedMail() {
        return receivedMessages().stream().map(ReceivedMail::of).toList();
    }

    /** Forgets the received messages. */
    public synchronized void purge() {
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
