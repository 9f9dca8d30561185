package nl.totalservice.onboarding.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.totalservice.onboarding.platform.testing.quarkus.KafkaResource;
import nl.totalservice.onboarding.platform.testing.quarkus.PostgresResource;
import nl.totalservice.onboarding.platform.testing.quarkus.SmtpResource;

/**
 * Real PostgreSQL (database "notifications"), a real Kafka broker and a real SMTP server (GreenMail,
 * mailer mock off) for every @QuarkusTest of this module.
 */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmtpResource.class, restrictToAnnotatedClass = false)
public final class NotificationTestInfrastructure {

    private NotificationTestInfrastructure() {
    }
}
