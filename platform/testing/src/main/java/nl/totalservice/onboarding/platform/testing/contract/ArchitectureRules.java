package nl.totalservice.onboarding.platform.testing.contract;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries between services, as ArchUnit rules. */
public final class ArchitectureRules {

    private static final String BASE = "nl.totalservice.onboarding";
    private static final List<String> SERVICES = List.of("lead", "partner", "task", "notification");

    private ArchitectureRules() {
    }

    /**
     * Checks that the production classes of {@code service} (lead, partner, task or notification)
     * use no other service's code, and that none of them sit in the platform's packages.
     */
    public static void checkServiceIsolation(String service) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE + "." + service);
        for (String other : SERVICES) {
            if (other.equals(service)) {
                continue;
            }
            noClasses().that().resideInAPackage(BASE + "." + service + "..")
                    .should().dependOnClassesThat().resideInAPackage(BASE + "." + other + "..")
                    .because("services share only platform/*; talk to " + other + "-service over REST or Kafka")
                    .check(classes);
        }
    }
}
