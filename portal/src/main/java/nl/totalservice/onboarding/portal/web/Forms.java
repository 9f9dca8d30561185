package nl.totalservice.onboarding.portal.web;

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
}
