package nl.totalservice.onboarding.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reading form fields: blank is absent (the service then says what is missing). */
public final class Forms {

    private Forms() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The id, or null when it is not one. */
    public static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date field ({@code 2026-08-15}), or null when blank or not a date. */
    public static LocalDate date(String value) {
        try {
            return text(value) == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A datetime-local field, read as Dutch time; null when blank or not a time. */
    public static Instant localTime(String value) {
        try {
            return text(value) == null ? null : LocalDateTime.parse(value.trim()).atZone(Formats.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
