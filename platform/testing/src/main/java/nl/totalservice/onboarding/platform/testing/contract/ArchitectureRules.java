package nl.totalservice.onboarding.platform.testing.contract;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house style as ArchUnit rules, run by every service's build (its {@code ArchitectureTest}
 * calls {@link #check(String)}). Where things live is described in docs/architecture.md; these
 * rules keep it so:
 * <ul>
 *   <li>services share only platform code: no service uses another's classes;</li>
 *   <li>the platform knows no service;</li>
 *   <li>no package cycles inside a service;</li>
 *   <li>{@code rest} is the HTTP edge: nothing outside a {@code rest} package depends on one;</li>
 *   <li>{@code inbound} holds the consumers and the payloads they read: nothing outside an
 *       {@code inbound} package depends on one (the domain never knows who calls it);</li>
 *   <li>response types are named {@code ...View}: no {@code Dto} or {@code Response} classes;</li>
 *   <li>"now" comes from the injected {@code java.time.Clock}, never from {@code Instant.now()} and friends;</li>
 *   <li>persistence through repositories: no Panache active-record entities.</li>
 * </ul>
 */
public final class ArchitectureRules {

    static final String BASE = "nl.totalservice.onboarding";
    private static final List<String> SERVICES = List.of("lead", "partner", "task", "notification");
    private static final String PLATFORM = BASE + ".platform";

    private ArchitectureRules() {
    }

    /** Checks every rule on the production classes of {@code service} (lead, partner, task or notification). */
    public static void check(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("Unknown service " + service + "; one of " + SERVICES);
        }
        String root = BASE + "." + service;
        JavaClasses own = productionClasses(root);
        List<ArchRule> rules = new ArrayList<>(serviceRules(root));
        for (String other : SERVICES) {
            if (!other.equals(service)) {
                rules.add(noClasses().that().resideInAPackage(root + "..")
                        .should().dependOnClassesThat().resideInAPackage(BASE + "." + other + "..")
                        .because("services share only platform code; talk to " + other + "-service over REST or Kafka"));
            }
        }
        assertAll(rules, own);
        assertAll(List.of(platformKnowsNoService()), productionClasses(PLATFORM));
    }

    /** The rules about one service's inside, for the classes under {@code root}. */
    static List<ArchRule> serviceRules(String root) {
        return List.of(
                slices().matching(root + ".(**)").should().beFreeOfCycles()
                        .because("each package builds on the ones below it; a cycle makes two packages one"),
                noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..rest..")
                        .should().dependOnClassesThat().resideInAPackage(root + "..rest..")
                        .because("rest is the HTTP edge: application services return domain objects and the edge maps them"),
                noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..inbound..")
                        .should().dependOnClassesThat().resideInAPackage(root + "..inbound..")
                        .because("inbound is the Kafka edge: consumers call the domain, never the reverse"),
                noClasses().that().resideInAPackage(root + "..")
                        .should().haveSimpleNameEndingWith("Dto").orShould().haveSimpleNameEndingWith("Response")
                        .because("response types are named ...View, request bodies ...Request"),
                noClasses().that().resideInAPackage(root + "..")
                        .should().callMethod(Instant.class, "now")
                        .orShould().callMethod(LocalDate.class, "now")
                        .orShould().callMethod(LocalDateTime.class, "now")
                        .orShould().callMethod(OffsetDateTime.class, "now")
                        .orShould().callMethod(ZonedDateTime.class, "now")
                        .because("time comes from the injected java.time.Clock, so that tests can set it"),
                noClasses().that().resideInAPackage(root + "..")
                        .should().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                        .because("persistence goes through repositories (PanacheRepository), one style in every service"));
    }

    static ArchRule platformKnowsNoService() {
        String[] services = SERVICES.stream().map(service -> BASE + "." + service + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(PLATFORM + "..")
                .should().dependOnClassesThat().resideInAnyPackage(services)
                .because("platform/ is shared by all services and knows no domain");
    }

    static JavaClasses productionClasses(String root) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    /** Evaluates every rule and fails once, listing all violations of all rules. */
    static void assertAll(List<ArchRule> rules, JavaClasses classes) {
        StringBuilder failures = new StringBuilder();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.append(result.getFailureReport().toString()).append(System.lineSeparator());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.toString());
        }
    }
}
