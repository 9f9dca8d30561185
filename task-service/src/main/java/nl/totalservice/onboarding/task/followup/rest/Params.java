package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Checks of query parameters and headers that Bean Validation does not name well. */
final class Params {

    static final int MAX_PAGE_SIZE = 100;

    private Params() {
    }

    /** Page number (from 0) and size (1 to {@value #MAX_PAGE_SIZE}) from the query; defaults 0 and 20. */
    record Paging(int page, int size) {

        static Paging of(String page, String size) {
            int number = integer(page, "page", 0);
            int count = integer(size, "size", 20);
            if (number < 0) {
                throw ProblemException.invalidField("page", "must be 0 or more");
            }
            if (count < 1 || count > MAX_PAGE_SIZE) {
                throw ProblemException.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
            }
            return new Paging(number, count);
        }
    }

    private static int integer(String value, String name, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not a whole number");
        }
    }

    /** Free text as given, stripped; null when absent or blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The version in an {@code If-Match} header ({@code "3"}, {@code 3} or {@code W/"3"}); null when absent. */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "must be the task's version, e.g. \"3\"");
        }
    }

    /** A UUID query parameter (JAX-RS would answer a bad one with 404; we name the field). */
    static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not a UUID");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not '" + value + "'");
        }
    }

    /** Repeatable or comma-separated enum values ({@code status=OPEN&status=ASSIGNED} or {@code status=OPEN,ASSIGNED}). */
    static <E extends Enum<E>> Set<E> enumValues(Class<E> type, List<String> values, String name) {
        Set<E> result = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                    .filter(value -> !value.isBlank())
                    .forEach(value -> result.add(enumValue(type, value, name)));
        }
        return result;
    }

    static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(name, "must be true or false, not '" + value + "'");
        };
    }
}
