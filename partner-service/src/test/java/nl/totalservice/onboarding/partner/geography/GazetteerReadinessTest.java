package nl.totalservice.onboarding.partner.geography;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Readiness and placing postcodes over a gazetteer in a given state (a fake of the database side). */
class GazetteerReadinessTest {

    @Test
    void isNotReadyWithoutAnyPostcodeAndSaysSo() {
        HealthCheckResponse response = new GazetteerReadiness(gazetteer(0, null)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get("problem").toString())
                .startsWith("No gazetteer is loaded, so postcodes cannot be placed");
    }

    @Test
    void isNotReadyWhileTheConfiguredSourceFailedEvenWithAPreviousLoadInForce() {
        HealthCheckResponse response = new GazetteerReadiness(gazetteer(4064, "The gazetteer file /x cannot be read"))
                .call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get("problem")).isEqualTo("The gazetteer file /x cannot be read; "
                + "the service runs on the previous load until the source is fixed and reloaded");
    }

    @Test
    void isReadyWithPostcodesAndNoProblem() {
        HealthCheckResponse response = new GazetteerReadiness(gazetteer(4064, null)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("postcodes", 4064L);
    }

    @Test
    void refusesToPlaceAPostcodeWhenNoGazetteerIsLoaded() {
        assertThatThrownBy(() -> gazetteer(0, null).place("9711 AB", "address.postcode"))
                .isInstanceOf(PostcodeNotPlaceableException.class)
                .hasMessage("No gazetteer is loaded, so postcode 9711 AB cannot be placed: give the location (latitude "
                        + "and longitude), or ask ops to fix the gazetteer (GET /api/gazetteer, /q/health/ready)")
                .satisfies(e -> assertThat(((PostcodeNotPlaceableException) e).status()).isEqualTo(422));
    }

    private static Gazetteer gazetteer(long postcodes, String problem) {
        return new Gazetteer(null, null, null, null, null, null) {
            @Override
            public long postcodes() {
                return postcodes;
            }

            @Override
            public boolean isLoaded() {
                return postcodes > 0;
            }

            @Override
            public Optional<PostcodeCentroid> lookup(String pc4) {
                return Optional.empty();
            }

            @Override
            public Optional<GazetteerLoad> latestLoad() {
                return Optional.empty();
            }

            @Override
            public Optional<String> problem() {
                return Optional.ofNullable(problem);
            }

            @Override
            public GazetteerSourceKind configuredSource() {
                return GazetteerSourceKind.FILE;
            }
        };
    }
}
