package nl.totalservice.onboarding.notification.message;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times and codes appear in messages, per language, in the configured time zone. */
@ApplicationScoped
public class Formats {

    private final ZoneId zone;

    public Formats(MessageConfig config) {
        this.zone = config.timeZone();
    }

    /** "dinsdag 1 juli 2026 om 17:00" / "Tuesday 1 July 2026 at 17:00"; null stays null. */
    public String dateTime(Instant instant, Language language) {
        if (instant == null) {
            return null;
        }
        String pattern = language == Language.NL ? "EEEE d MMMM yyyy 'om' HH:mm" : "EEEE d MMMM yyyy 'at' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, language.locale()).withZone(zone).format(instant);
    }

    /** An UPPER_SNAKE code as words: {@code NO_CAPACITY} becomes "no capacity"; null stays null. */
    public static String words(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.trim().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
