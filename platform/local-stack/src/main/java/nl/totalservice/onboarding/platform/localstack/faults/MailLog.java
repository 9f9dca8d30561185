package nl.totalservice.onboarding.platform.localstack.faults;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What reached the SMTP server, counted on the server's side: messages per notification id (the
 * {@code X-Notification-Id} header notification-service puts on every email) and per kind.
 */
final class MailLog {

    private final Map<String, AtomicLong> byNotification = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong withoutId = new AtomicLong();

    void received(long at, String message) {
        total.incrementAndGet();
        String id = header(message, "X-Notification-Id");
        String kind = header(message, "X-Notification-Kind");
        byKind.computeIfAbsent(kind == null ? "(none)" : kind, key -> new AtomicLong()).incrementAndGet();
        if (id == null) {
            withoutId.incrementAndGet();
        } else {
            byNotification.computeIfAbsent(id.toLowerCase(Locale.ROOT), key -> new AtomicLong()).incrementAndGet();
        }
    }

    /** How many messages carried this notification id. */
    long count(String notificationId) {
        AtomicLong count = byNotification.get(notificationId.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    long total() {
        return total.get();
    }

    long withoutId() {
        return withoutId.get();
    }

    Map<String, Long> byKind() {
        Map<String, Long> copy = new TreeMap<>();
        byKind.forEach((kind, count) -> copy.put(kind, count.get()));
        return copy;
    }

    /** The value of a header of the message's head (before the first empty line); null when absent. */
    static String header(String message, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        for (String line : message.split("\n")) {
            if (line.isBlank()) {
                return null;
            }
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        return null;
    }
}
