package nl.totalservice.onboarding.platform.testing.contract;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule holds for code that keeps the house style and fails on a deliberate violation of it. */
class ArchitectureRulesTest {

    private static final String FIXTURES = "nl.totalservice.onboarding.archfixture.";

    @Test
    void codeThatKeepsTheHouseStylePassesEveryRule() {
        String root = FIXTURES + "good";
        assertThatCode(() -> ArchitectureRules.assertAll(ArchitectureRules.serviceRules(root), imported(root)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} breaks: {1}")
    @CsvSource(delimiter = '|', value = {
            "cycle        | free of cycles",
            "restleak     | rest is the HTTP edge",
            "inboundleak  | inbound is the Kafka edge",
            "naming       | response types are named ...View",
            "clock        | time comes from the injected java.time.Clock",
            "activerecord | persistence goes through repositories",
    })
    void aDeliberateViolationFailsItsRule(String fixture, String rule) {
        String root = FIXTURES + fixture;
        assertThatThrownBy(() -> ArchitectureRules.assertAll(ArchitectureRules.serviceRules(root), imported(root)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule);
    }

    @Test
    void aPlatformClassThatUsesAServiceFailsThePlatformRule() {
        assertThatThrownBy(() -> ArchitectureRules.assertAll(java.util.List.of(ArchitectureRules.platformKnowsNoService()),
                new ClassFileImporter().importClasses(nl.totalservice.onboarding.platform.testing.contract.fixture.LeakyPlatformClass.class,
                        nl.totalservice.onboarding.lead.fixture.LeadClass.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("knows no domain");
    }

    @Test
    void thePlatformOnThisClasspathKnowsNoService() {
        assertThatCode(() -> ArchitectureRules.assertAll(java.util.List.of(ArchitectureRules.platformKnowsNoService()),
                ArchitectureRules.productionClasses("nl.totalservice.onboarding.platform")))
                .doesNotThrowAnyException();
    }

    private static com.tngtech.archunit.core.domain.JavaClasses imported(String root) {
        return new ClassFileImporter().importPackages(root);
    }
}
