package nl.totalservice.onboarding.e2e;

import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog (docs/asyncapi.yaml) keeps in step with real payloads: it would catch a renamed field. */
class EventCatalogTest extends EndToEndTest {

    @Test
    void aRealPayloadMatchesTheCatalogAndTheSamePayloadWithARenamedFieldDoesNot() {
        String partner = actors.registerPartner("Catalogus Accountants", partnerEmail("catalog"), UTRECHT, 10, 0, "nl");
        RecordedEvent registered = awaitEvent("PartnerRegistered", partner);
        assertThat(catalog.violations(registered)).isEmpty();

        ObjectNode renamed = (ObjectNode) JsonMapper.builder().build().readTree(registered.value());
        renamed.set("emailAddress", renamed.remove("email"));
        List<String> problems = catalog.violations("renamed", "PartnerRegistered", renamed, null);

        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("email"));
    }

    @Test
    void theCatalogDescribesExactlyTheEventTypesOfTheContract() throws IOException {
        // docs/events.md: one table row per event type, the type in backquotes in its first cell
        Pattern row = Pattern.compile("^\\| `([A-Z][A-Za-z]+)` \\|", Pattern.MULTILINE);
        String contract = Files.readString(Path.of(System.getProperty("project.root", ".."), "docs/events.md"));
        Set<String> types = row.matcher(contract).results().map(match -> match.group(1)).collect(Collectors.toSet());

        assertThat(types).hasSizeGreaterThan(20);
        Set<String> described = new TreeSet<>(catalog.messageTypes());
        assertThat(described.remove("DeadLetter")).as("the dead-letter envelope (runbook), not a domain event").isTrue();
        assertThat(described).containsExactlyInAnyOrderElementsOf(types);
    }
}
