package nl.totalservice.onboarding.partner.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.testing.sql.SqlLog;

/** {@link SqlLog} as the tests' statement inspector. */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedSql extends SqlLog {
}
