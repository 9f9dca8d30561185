package nl.totalservice.onboarding.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.totalservice.onboarding.platform.testing.quarkus.DevJwtResource;
import nl.totalservice.onboarding.platform.testing.quarkus.KafkaResource;
import nl.totalservice.onboarding.platform.testing.quarkus.PostgresResource;

/** Real PostgreSQL (database "partners"), a real Kafka broker and the development JWT key for every @QuarkusTest of this module. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "partners"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
// the packaged service under test (PackagedServiceIT, prod profile) has no development key by default
@QuarkusTestResource(value = DevJwtResource.class, restrictToAnnotatedClass = false)
public final class PartnerTestInfrastructure {

    private PartnerTestInfrastructure() {
    }
}
