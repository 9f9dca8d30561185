package nl.totalservice.onboarding.platform.web.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Describes Java types in words a JSON client understands. */
final class TypeNames {

    private TypeNames() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == UUID.class) {
            return "UUID (like 3f2c5a9e-8d1b-4c7a-9e2f-1a2b3c4d5e6f)";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "date-time (like 2026-07-01T09:30:00Z)";
        }
        if (type == LocalDateTime.class) {
            return "local date-time (like 2026-07-01T09:30:00)";
        }
        if (type == LocalTime.class) {
            return "time (HH:MM)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "object";
        }
        return type.getSimpleName();
    }

    static String withArticle(Class<?> type) {
        String name = of(type);
        if (name.startsWith("one of")) {
            return name;
        }
        return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
    }

    static String slug(String phrase) {
        return phrase == null ? "error" : phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
