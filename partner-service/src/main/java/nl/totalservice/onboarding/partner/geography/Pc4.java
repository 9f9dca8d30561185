package nl.totalservice.onboarding.partner.geography;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dutch 4-digit postcode area (PC4), read from "1234", "1234AB" or "1234 AB". */
public final class Pc4 {

    private static final Pattern POSTCODE = Pattern.compile("\\s*([1-9][0-9]{3})\\s*([A-Za-z]{2})?\\s*");

    private Pc4() {
    }

    /** The PC4 of {@code postcode}, or empty when it is not a Dutch postcode. */
    public static Optional<String> of(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        Matcher matcher = POSTCODE.matcher(postcode);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** {@code 1234ab} becomes {@code 1234 AB}; empty when it is not a full Dutch postcode. */
    public static Optional<String> normalizeFull(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        Matcher matcher = POSTCODE.matcher(postcode);
        if (!matcher.matches() || matcher.group(2) == null) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + matcher.group(2).toUpperCase(java.util.Locale.ROOT));
    }
}
