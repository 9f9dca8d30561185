package nl.totalservice.onboarding.platform.localstack.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A minimal SMTP server in the benchmark's own process, so that the moment a message is accepted
 * (the end of DATA, before the 250 reply) is timed on the same clock as everything else. It keeps
 * nothing: each message's text goes to a listener with its receipt time ({@link System#nanoTime()}).
 * The fault suite makes it answer a transient error ({@link #refuseWith}) to play an SMTP server in trouble.
 */
public final class SmtpReceiver implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bench-smtp");
        thread.setDaemon(true);
        return thread;
    });
    private final BiConsumer<Long, String> listener;
    private final AtomicLong received = new AtomicLong();
    private final java.util.Set<Socket> sockets = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;
    /** When set, the reply to every MAIL command (a 4xx: the sender must try again later). */
    private volatile String refusal;

    private SmtpReceiver(ServerSocket server, BiConsumer<Long, String> listener) {
        this.server = server;
        this.listener = listener;
    }

    public static SmtpReceiver start(int port, BiConsumer<Long, String> listener) throws IOException {
        ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        SmtpReceiver receiver = new SmtpReceiver(socket, listener);
        Thread acceptor = new Thread(receiver::accept, "bench-smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return receiver;
    }

    /** From now on answers MAIL with {@code reply} (e.g. a 451), or accepts again when null. */
    public void refuseWith(String reply) {
        refusal = reply;
    }

    public long received() {
        return received.get();
    }

    private void accept() {
        while (open) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> converse(socket));
            } catch (IOException e) {
                if (open) {
                    System.err.println("[bench] SMTP accept failed: " + e.getMessage());
                }
            }
        }
    }

    private void converse(Socket socket) {
        sockets.add(socket);
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 bench ESMTP ready");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                switch (verb) {
                    case "EHLO" -> reply(out, "250-bench\r\n250-8BITMIME\r\n250 SIZE 10485760");
                    case "MAIL" -> reply(out, refusal == null ? "250 OK" : refusal);
                    case "HELO", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String message = readData(in);
                        if (message == null) {
                            return;
                        }
                        long at = System.nanoTime();
                        received.incrementAndGet();
                        listener.accept(at, message);
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away; nothing to keep
        } finally {
            sockets.remove(socket);
        }
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder message = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals(".")) {
                return message.toString();
            }
            message.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
        }
        return null;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        open = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        connections.shutdownNow();
        // a pooled connection of a client would otherwise outlive the server (blocking reads ignore interrupts)
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
