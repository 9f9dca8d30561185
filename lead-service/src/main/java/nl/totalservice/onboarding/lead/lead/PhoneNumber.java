package nl.totalservice.onboarding.lead.lead;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dutch phone numbers, as people write them ({@code 06-12345678}, {@code 020 123 4567},
 * {@code (020) 1234567}, {@code +31 6 1234 5678}, {@code +31 (0)20 1234567}, {@code 0031 6 12345678}),
 * stored in E.164 ({@code +31612345678}) so CRM, dialers and partners read one form.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern SUBSCRIBER = Pattern.compile("[1-9][0-9]{8}");

    private PhoneNumber() {
    }

    /** The number in E.164, or empty when {@code raw} is not a Dutch phone number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.strip().replace("(0)", "");
        compact = SEPARATORS.matcher(compact).replaceAll("");
        String subscriber;
        if (compact.startsWith("+31")) {
            subscriber = compact.substring(3);
        } else if (compact.startsWith("0031")) {
            subscriber = compact.substring(4);
        } else if (compact.startsWith("0")) {
            subscriber = compact.substring(1);
        } else {
            return Optional.empty();
        }
        return SUBSCRIBER.matcher(subscriber).matches() ? Optional.of("+31" + subscriber) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }
}
