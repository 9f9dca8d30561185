package nl.totalservice.onboarding.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.totalservice.onboarding.platform.testing.quarkus.KafkaResource;
import nl.totalservice.onboarding.platform.testing.quarkus.PostgresResource;

/** Real PostgreSQL (database "notifications") and a real Kafka broker for every @QuarkusTest of this module. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
public final class NotificationTestInfrastructure {

    private NotificationTestInfrastructure() {
    }
}
