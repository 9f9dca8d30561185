package nl.totalservice.onboarding.platform.web.http;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Query parameters (and other request text) read as strings and converted here, so that a bad
 * value is a 400 naming the parameter instead of the 404 JAX-RS gives for a value it cannot convert.
 * Every method takes the parameter's name first and the raw value second; absent or blank means
 * "not given" (the default, or null).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when not given. */
    public static int integer(String name, String raw, int absent, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number, not '" + shorten(raw) + "'");
        }
        if (value < min || value > max) {
            throw ProblemException.invalidField(name, max == Integer.MAX_VALUE
                    ? "must be " + min + " or more"
                    : "must be between " + min + " and " + max);
        }
        return value;
    }

    /** Free text, stripped; null when not given. */
    public static String text(String name, String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID, not '" + shorten(raw) + "'");
        }
    }

    /** A calendar date like {@code 2026-07-01}. */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date like 2026-07-01, not '" + shorten(raw) + "'");
        }
    }

    /** A moment with its offset, like {@code 2026-07-01T09:00:00Z} or {@code 2026-07-01T11:00:00+02:00}. */
    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name,
                    "must be a moment like 2026-07-01T09:00:00Z, not '" + shorten(raw) + "'");
        }
    }

    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(name, "must be true or false, not '" + shorten(raw) + "'");
        };
    }

    /** One constant of {@code type}, case-insensitive. */
    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not '" + shorten(raw) + "'");
        }
    }

    /** A repeatable or comma-separated parameter: {@code status=OPEN&status=ASSIGNED} or {@code status=OPEN,ASSIGNED}. */
    public static <E extends Enum<E>> Set<E> enumValues(String name, List<String> raw, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String item : raw == null ? List.<String>of() : raw) {
            if (item == null) {
                continue;
            }
            for (String part : item.split(",")) {
                if (!part.isBlank()) {
                    values.add(enumValue(name, part, type));
                }
            }
        }
        return values;
    }

    /** Echoes at most 100 characters of a bad value back to the client. */
    private static String shorten(String raw) {
        String value = raw.strip();
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}
