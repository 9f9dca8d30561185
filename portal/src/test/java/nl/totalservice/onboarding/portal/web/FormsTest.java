package nl.totalservice.onboarding.portal.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTest {

    @Test
    void aDateTimeLocalFieldIsReadAsDutchTimeSummerAndWinter() {
        assertThat(Forms.localTime("2026-07-01T10:00")).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(Forms.localTime(" 2026-12-01T10:00 ")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void blankOrUnreadableFieldsAreAbsentSoTheServiceNamesThem() {
        assertThat(Forms.localTime("tomorrow")).isNull();
        assertThat(Forms.localTime(" ")).isNull();
        assertThat(Forms.date("15-08-2026")).isNull();
        assertThat(Forms.date("")).isNull();
        assertThat(Forms.uuid("not-an-id")).isNull();
        assertThat(Forms.text("  ")).isNull();
        assertThat(Forms.date("2026-08-15")).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(Forms.uuid(" 5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")).isEqualTo(UUID.fromString("5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"));
    }
}
