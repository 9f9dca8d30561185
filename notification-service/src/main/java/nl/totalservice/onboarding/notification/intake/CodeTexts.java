package nl.totalservice.onboarding.notification.intake;

import nl.totalservice.onboarding.notification.message.Formats;
import nl.totalservice.onboarding.notification.message.Language;

import java.util.Map;

/** Other services' codes (docs/events.md) in words per language; an unknown code becomes words of its own. */
final class CodeTexts {

    /** TaskDeclined.reason */
    static final Map<Language, Map<String, String>> DECLINE_REASONS = Map.of(
            Language.NL, Map.of("NO_CAPACITY", "geen capaciteit", "OUTSIDE_REGION", "buiten de regio",
                    "EXPERTISE_MISMATCH", "past niet bij de expertise", "CONFLICT_OF_INTEREST", "belangenconflict",
                    "UNAVAILABLE", "niet beschikbaar", "OTHER", "anders"),
            Language.EN, Map.of("NO_CAPACITY", "no capacity", "OUTSIDE_REGION", "outside the region",
                    "EXPERTISE_MISMATCH", "does not match the expertise", "CONFLICT_OF_INTEREST",
                    "conflict of interest", "UNAVAILABLE", "unavailable", "OTHER", "other"));

    /** TaskReturnedToQueue.reason */
    static final Map<Language, Map<String, String>> RETURN_REASONS = Map.of(
            Language.NL, Map.of("ACCEPT_DEADLINE_MISSED", "de termijn om de taak te accepteren is verstreken"),
            Language.EN, Map.of("ACCEPT_DEADLINE_MISSED", "the deadline to accept the task passed"));

    /** NoPartnerAvailable.trigger */
    static final Map<Language, Map<String, String>> TRIGGERS = Map.of(
            Language.NL, Map.of("INTEREST_RECORDED", "interesse vastgelegd", "TASK_DECLINED",
                    "een partner heeft afgewezen", "REQUESTED", "op verzoek"),
            Language.EN, Map.of("INTEREST_RECORDED", "interest recorded", "TASK_DECLINED", "a partner declined",
                    "REQUESTED", "on request"));

    /** The exclusions of a matching candidate (partner-service's matching engine names them). */
    static final Map<Language, Map<String, String>> EXCLUSIONS = Map.of(
            Language.NL, Map.of("INACTIVE", "niet actief", "AT_CAPACITY", "zit vol", "UNAVAILABLE",
                    "niet beschikbaar", "DECLINED_THIS_LEAD", "heeft deze lead afgewezen",
                    "OUTSIDE_SERVICE_AREA", "buiten het werkgebied"),
            Language.EN, Map.of("INACTIVE", "inactive", "AT_CAPACITY", "at capacity", "UNAVAILABLE", "unavailable",
                    "DECLINED_THIS_LEAD", "declined this lead", "OUTSIDE_SERVICE_AREA", "outside its service area"));

    private CodeTexts() {
    }

    static String text(Map<Language, Map<String, String>> texts, String code, Language language) {
        if (code == null) {
            return null;
        }
        String text = texts.get(language).get(code);
        return text != null ? text : Formats.words(code);
    }
}
