package nl.totalservice.onboarding.notification.message;

import java.util.Locale;
import java.util.Optional;

/** The languages our messages are written in. */
public enum Language {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The ISO code used in events and template names: {@code nl}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code nl}, {@code en} (any case, region ignored: {@code en-GB}); empty when unknown or absent. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.trim().split("[-_]")[0].toUpperCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
