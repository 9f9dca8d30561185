package nl.totalservice.onboarding.platform.database;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InListTest {

    @Test
    void namesOneParameterPerValueInTheValuesOrder() {
        InList in = InList.of("t.status", "status", List.of("OPEN", "ASSIGNED", "ACCEPTED"));

        assertThat(in.clause()).isEqualTo("t.status in (:status0, :status1, :status2)");
        assertThat(in.parameters()).containsExactly(Map.entry("status0", "OPEN"), Map.entry("status1", "ASSIGNED"),
                Map.entry("status2", "ACCEPTED"));
    }

    @Test
    void theTextDependsOnlyOnHowManyValuesThereAre() {
        InList first = InList.of("t.status", "status", new LinkedHashSet<>(List.of("OPEN", "DECLINED")));
        InList second = InList.of("t.status", "status", new LinkedHashSet<>(List.of("COMPLETED", "OPEN")));

        assertThat(first.clause()).isEqualTo(second.clause()).isEqualTo("t.status in (:status0, :status1)");
        assertThat(second.parameters()).containsExactly(Map.entry("status0", "COMPLETED"), Map.entry("status1", "OPEN"));
    }

    @Test
    void aSingleValueIsCompared() {
        // a parameter alone in an in-list could take a collection: Hibernate would not cache that query's plan
        InList in = InList.of("state", "state", List.of("NEW"));

        assertThat(in.clause()).isEqualTo("state = :state0");
        assertThat(in.parameters()).containsExactly(Map.entry("state0", "NEW"));
    }

    @Test
    void refusesNoValues() {
        assertThatThrownBy(() -> InList.of("t.status", "status", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.status");
    }
}
