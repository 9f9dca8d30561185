package nl.totalservice.onboarding.portal.web;

import java.util.List;
import java.util.Locale;

/** The portal speaks Dutch and English: the visitor's choice (cookie) first, then the browser's languages. */
public final class Languages {

    /** Cookie that holds the chosen language. */
    public static final String COOKIE = "portal_lang";
    /** When the browser names neither language. */
    public static final Locale DEFAULT = Locale.ENGLISH;
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Languages() {
    }

    /** The language for a request: the chosen one, else the first of the browser's that we speak. */
    public static Locale pick(String chosen, List<Locale> acceptable) {
        Locale fromCookie = supported(chosen);
        if (fromCookie != null) {
            return fromCookie;
        }
        for (Locale locale : acceptable) {
            Locale match = supported(locale.getLanguage());
            if (match != null) {
                return match;
            }
        }
        return DEFAULT;
    }

    /** The supported locale for a language code, or null. */
    public static Locale supported(String language) {
        if (language == null) {
            return null;
        }
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "nl" -> DUTCH;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }
}
