package nl.totalservice.onboarding.platform.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import nl.totalservice.onboarding.platform.testing.quarkus.KafkaResource;
import nl.totalservice.onboarding.platform.testing.quarkus.PostgresResource;

/** Real PostgreSQL and Kafka for every @QuarkusTest of this module. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "messaging"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
public final class MessagingTestResources {

    private MessagingTestResources() {
    }
}
