package nl.totalservice.onboarding.notification.intake;

import nl.totalservice.onboarding.notification.message.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeTextsTest {

    /** The exclusions partner-service's matching engine names (its Exclusion enum), as docs/events.md lists them. */
    private static final List<String> EXCLUSIONS = List.of("INACTIVE", "AT_CAPACITY", "UNAVAILABLE",
            "DECLINED_THIS_LEAD", "OUTSIDE_SERVICE_AREA");

    @Test
    void everyExclusionOfAMatchingCandidateHasDutchAndEnglishWords() {
        for (Language language : Language.values()) {
            assertThat(CodeTexts.EXCLUSIONS.get(language)).containsOnlyKeys(EXCLUSIONS);
        }
        assertThat(CodeTexts.text(CodeTexts.EXCLUSIONS, "OUTSIDE_SERVICE_AREA", Language.NL))
                .isEqualTo("buiten het werkgebied");
        assertThat(CodeTexts.text(CodeTexts.EXCLUSIONS, "OUTSIDE_SERVICE_AREA", Language.EN))
                .isEqualTo("outside its service area");
    }

    @Test
    void anUnknownCodeBecomesWordsAndNoCodeStaysNone() {
        assertThat(CodeTexts.text(CodeTexts.EXCLUSIONS, "ON_SABBATICAL", Language.EN)).isEqualTo("on sabbatical");
        assertThat(CodeTexts.text(CodeTexts.EXCLUSIONS, null, Language.NL)).isNull();
    }
}
