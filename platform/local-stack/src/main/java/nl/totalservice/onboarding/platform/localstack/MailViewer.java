package nl.totalservice.onboarding.platform.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small web page showing the mail the local SMTP server received (newest first), so a newcomer
 * can read what the system sends: {@code /} lists, {@code /messages/<n>} shows one,
 * {@code /api/messages} gives JSON.
 */
final class MailViewer implements AutoCloseable {

    private final HttpServer server;
    private final SmtpServer smtp;

    private MailViewer(HttpServer server, SmtpServer smtp) {
        this.server = server;
        this.smtp = smtp;
    }

    static MailViewer start(int port, SmtpServer smtp) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        MailViewer viewer = new MailViewer(server, smtp);
        server.createContext("/", viewer::handle);
        server.start();
        return viewer;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            List<ReceivedMail> mails = smtp.receivedMail();
            if (path.equals("/api/messages")) {
                respond(exchange, 200, "application/json", json(mails));
            } else if (path.startsWith("/messages/")) {
                int index = parse(path.substring("/messages/".length()));
                if (index < 0 || index >= mails.size()) {
                    respond(exchange, 404, "text/plain", "No such message");
                } else {
                    respond(exchange, 200, "text/html", detail(mails.get(index)));
                }
            } else {
                respond(exchange, 200, "text/html", list(mails));
            }
        }
    }

    private static String list(List<ReceivedMail> mails) {
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><meta http-equiv=refresh content=5>"
                + "<title>Local mail</title><body style='font-family:sans-serif'><h1>Mail sent by the local stack</h1>"
                + "<p>" + mails.size() + " message(s), newest first. Refreshes every 5 s. JSON: <a href=/api/messages>/api/messages</a></p>"
                + "<table cellpadding=4><tr><th align=left>To</th><th align=left>Subject</th></tr>");
        for (int i = mails.size() - 1; i >= 0; i--) {
            ReceivedMail mail = mails.get(i);
            html.append("<tr><td>").append(escape(String.join(", ", mail.to()))).append("</td><td><a href=/messages/")
                    .append(i).append('>').append(escape(mail.subject())).append("</a></td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String detail(ReceivedMail mail) {
        return "<!doctype html><meta charset=utf-8><title>" + escape(mail.subject()) + "</title>"
                + "<body style='font-family:sans-serif'><p><a href=/>&larr; all mail</a></p>"
                + "<p><b>From:</b> " + escape(mail.from()) + "<br><b>To:</b> " + escape(String.join(", ", mail.to()))
                + "<br><b>Subject:</b> " + escape(mail.subject()) + "</p><h2>Text</h2><pre>" + escape(mail.text())
                + "</pre><h2>HTML</h2><iframe style='width:100%;height:60vh' sandbox srcdoc=\"" + escape(mail.html())
                + "\"></iframe>";
    }

    private static String json(List<ReceivedMail> mails) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < mails.size(); i++) {
            ReceivedMail mail = mails.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"index\":").append(i)
                    .append(",\"from\":").append(quote(mail.from()))
                    .append(",\"to\":[").append(String.join(",", mail.to().stream().map(MailViewer::quote).toList())).append(']')
                    .append(",\"subject\":").append(quote(mail.subject()))
                    .append(",\"text\":").append(quote(mail.text()))
                    .append(",\"html\":").append(quote(mail.html()))
                    .append('}');
        }
        return json.append(']').toString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
