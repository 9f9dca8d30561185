package nl.totalservice.onboarding.lead.lead;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.lead.support.Leads;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the progress view reads of a lead for most of the other services' events, in PostgreSQL. */
@QuarkusTest
class LeadPresenceTest {

    @Inject
    LeadRepository leads;

    @Test
    void tellsAKnownLeadFromAnErasedOneAndFromOneItDoesNotKnow() {
        UUID kept = UUID.fromString(Leads.register());
        UUID erased = UUID.fromString(Leads.register());
        Instant erasedAt = Instant.parse(Leads.asSales().post("/api/leads/{id}/erasure", erased).then().statusCode(200)
                .extract().path("erasedAt"));

        assertThat(leads.presence(kept)).hasValueSatisfying(lead -> {
            assertThat(lead.id()).isEqualTo(kept);
            assertThat(lead.erased()).isFalse();
        });
        assertThat(leads.presence(erased)).hasValueSatisfying(lead -> {
            assertThat(lead.id()).isEqualTo(erased);
            assertThat(lead.erased()).isTrue();
            assertThat(lead.erasedAt()).isCloseTo(erasedAt, within(1, ChronoUnit.MILLIS)); // stored to the microsecond
        });
        assertThat(leads.presence(UUID.randomUUID())).isEmpty();
    }
}
