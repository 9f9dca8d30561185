package nl.totalservice.onboarding.lead.rest;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads query parameters as text and answers a 400 that names the parameter, instead of the
 * 404 JAX-RS gives for a query value it cannot convert.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw ProblemException.invalidField(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number, not '" + raw + "'");
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date like 2026-07-01, not '" + raw + "'");
        }
    }

    /** Values of a repeatable (or comma-separated) enum parameter. */
    public static <E extends Enum<E>> List<E> enums(String name, List<String> raw, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String item : raw == null ? List.<String>of() : raw) {
            for (String part : item.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    values.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField(name, "must be one of "
                            + Arrays.toString(type.getEnumConstants()) + ", not '" + part.strip() + "'");
                }
            }
        }
        return values;
    }
}
