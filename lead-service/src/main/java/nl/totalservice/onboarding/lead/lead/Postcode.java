package nl.totalservice.onboarding.lead.lead;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dutch postcodes: accepted as {@code 1234AB}, {@code 1234 ab}, {@code 1234 AB}; stored as {@code 1234 AB}. */
public final class Postcode {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    /** Letter pairs PostNL never issues. */
    private static final Set<String> UNUSED_LETTERS = Set.of("SA", "SD", "SS");

    private Postcode() {
    }

    /** The normalised postcode, or empty when {@code raw} is not a Dutch postcode. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(raw.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String letters = matcher.group(2).toUpperCase(Locale.ROOT);
        if (UNUSED_LETTERS.contains(letters)) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + letters);
    }

    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    /** The 4 digits of a normalised postcode. */
    public static String pc4(String normalised) {
        return normalised == null ? null : normalised.substring(0, 4);
    }
}
