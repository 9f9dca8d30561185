package nl.totalservice.onboarding.notification.delivery.rest;

import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import nl.totalservice.onboarding.notification.delivery.NotificationStatus;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Reads request parameters, refusing bad ones with a 400 that names the parameter. */
final class QueryParams {

    private QueryParams() {
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    static NotificationStatus status(String value) {
        return constant("status", value, NotificationStatus.class);
    }

    static NotificationKind kind(String value) {
        return constant("kind", value, NotificationKind.class);
    }

    static int integer(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField(name, "must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }

    private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
