package nl.totalservice.onboarding.platform.messaging.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ClockProducerTest {

    @Test
    void nowHasTheMicrosecondPrecisionPostgresqlKeeps() {
        for (int i = 0; i < 1_000; i++) {
            Instant now = ClockProducer.databaseClock().instant();
            assertThat(now.getNano() % 1_000).isZero();
        }
    }

    @Test
    void itIsTheSystemClockInUtc() {
        assertThat(ClockProducer.databaseClock().getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(ClockProducer.databaseClock().instant()).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
    }
}
