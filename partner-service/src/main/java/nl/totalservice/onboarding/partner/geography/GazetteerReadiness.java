package nl.totalservice.onboarding.partner.geography;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/**
 * Not ready while no postcode can be placed, or while the configured source could not be loaded
 * (the service then runs on older data than ops asked for): region must never stop deciding unseen.
 */
@Readiness
@ApplicationScoped
public class GazetteerReadiness implements HealthCheck {

    static final String NAME = "gazetteer";

    private final Gazetteer gazetteer;

    public GazetteerReadiness(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public HealthCheckResponse call() {
        long postcodes = gazetteer.postcodes();
        Optional<GazetteerLoad> load = gazetteer.latestLoad();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("configuredSource", gazetteer.configuredSource().name())
                .withData("postcodes", postcodes);
        load.ifPresent(inForce -> response.withData("source", inForce.sourceKind() + " " + inForce.source())
                .withData("checksum", inForce.checksum())
                .withData("loadedAt", inForce.loadedAt().toString()));
        load.map(GazetteerLoad::dataVersion).ifPresent(version -> response.withData("version", version));
        Optional<String> problem = gazetteer.problem();
        if (problem.isPresent()) {
            return response.down().withData("problem", problem.get() + (postcodes > 0
                    ? "; the service runs on the previous load until the source is fixed and reloaded"
                    : "; no gazetteer is loaded, so postcodes cannot be placed")).build();
        }
        if (postcodes == 0) {
            return response.down().withData("problem", "No gazetteer is loaded, so postcodes cannot be placed "
                    + "(partner.gazetteer.load-at-startup is off, or the load failed): POST /api/gazetteer/reload").build();
        }
        return response.up().build();
    }
}
