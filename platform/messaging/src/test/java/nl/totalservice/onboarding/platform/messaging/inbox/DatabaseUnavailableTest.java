package nl.totalservice.onboarding.platform.messaging.inbox;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void recognisesALostOrRefusedConnectionAsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(
                new SQLException("Connection to localhost:5432 refused.", "08001", new ConnectException("Connection refused"))))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
    }

    @Test
    void recognisesTheServerShuttingDownOrStartingAsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void leavesFailuresOfTheEventItselfToTheUsualRetriesAndDeadLetters() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("explode"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("deadlock detected", "40P01"))).isFalse();
    }
}
