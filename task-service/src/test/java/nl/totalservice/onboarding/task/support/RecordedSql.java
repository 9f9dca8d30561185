package nl.totalservice.onboarding.task.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.testing.sql.SqlLog;

/** {@link SqlLog} as the tests' statement inspector. */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedSql extends SqlLog {
}
