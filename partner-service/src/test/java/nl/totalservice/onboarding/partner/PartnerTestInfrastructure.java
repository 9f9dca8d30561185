package nl.totalservice.onboarding.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.totalservice.onboarding.platform.testing.quarkus.KafkaResource;
import nl.totalservice.onboarding.platform.testing.quarkus.PostgresResource;

/** Real PostgreSQL (database "partners") and a real Kafka broker for every @QuarkusTest of this module. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "partners"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
public final class PartnerTestInfrastructure {

    private PartnerTestInfrastructure() {
    }
}
