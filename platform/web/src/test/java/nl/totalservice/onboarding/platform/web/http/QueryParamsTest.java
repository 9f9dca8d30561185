package nl.totalservice.onboarding.platform.web.http;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParamsTest {

    @Test
    void absentOrBlankValuesAreNotGiven() {
        assertThat(QueryParams.integer("limit", " ", 7, 1, 10)).isEqualTo(7);
        assertThat(QueryParams.uuid("leadId", null)).isNull();
        assertThat(QueryParams.date("from", "")).isNull();
        assertThat(QueryParams.text("q", "  ")).isNull();
        assertThat(QueryParams.bool("urgent", null)).isNull();
        assertThat(QueryParams.enumValue("unit", null, ChronoUnit.class)).isNull();
        assertThat(QueryParams.enumValues("unit", null, ChronoUnit.class)).isEmpty();
    }

    @Test
    void valuesAreConverted() {
        UUID id = UUID.randomUUID();
        assertThat(QueryParams.uuid("leadId", " " + id + " ")).isEqualTo(id);
        assertThat(QueryParams.date("from", "2026-07-01")).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(QueryParams.instant("since", "2026-07-01T11:00:00+02:00")).isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
        assertThat(QueryParams.bool("urgent", "TRUE")).isTrue();
        assertThat(QueryParams.text("q", " jansen ")).isEqualTo("jansen");
        assertThat(QueryParams.enumValues("unit", List.of("days,hours", "DAYS"), ChronoUnit.class))
                .containsExactlyInAnyOrder(ChronoUnit.DAYS, ChronoUnit.HOURS);
    }

    @Test
    void badValuesAreA400NamingTheParameter() {
        assertThatThrownBy(() -> QueryParams.integer("size", "ten", 20, 1, 100)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(400)).hasMessageStartingWith("size:");
        assertThatThrownBy(() -> QueryParams.integer("size", "0", 20, 1, 100)).hasMessage("size: must be between 1 and 100");
        assertThatThrownBy(() -> QueryParams.uuid("leadId", "x")).hasMessageStartingWith("leadId:");
        assertThatThrownBy(() -> QueryParams.date("from", "1-7-2026")).hasMessageStartingWith("from:");
        assertThatThrownBy(() -> QueryParams.instant("since", "yesterday")).hasMessageStartingWith("since:");
        assertThatThrownBy(() -> QueryParams.bool("urgent", "yes")).hasMessageStartingWith("urgent:");
        assertThatThrownBy(() -> QueryParams.enumValues("unit", List.of("DAYS,fortnights"), ChronoUnit.class))
                .hasMessageContaining("fortnights");
    }

    @Test
    void aHugeBadValueIsNotEchoedInFull() {
        String huge = "x".repeat(5_000);
        assertThatThrownBy(() -> QueryParams.uuid("leadId", huge))
                .satisfies(error -> assertThat(error.getMessage()).hasSizeLessThan(200));
    }
}
