package nl.totalservice.onboarding.platform.database;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void recognisesALostOrRefusedConnectionAnywhereInTheCauses() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(new PersistenceException(
                new SQLException("Connection to localhost:5432 refused.", "08001", new ConnectException("Connection refused")))))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLTransientConnectionException("pool exhausted"))).isTrue();
    }

    @Test
    void recognisesHibernatesConnectionFailureAndAgroalsAcquisitionTimeout() {
        assertThat(DatabaseUnavailable.causes(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new JDBCConnectionException("Unable to acquire JDBC Connection", null))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
    }

    @Test
    void recognisesTheServerShuttingDownCrashingOrStarting() {
        assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection due to crash of another server process", "57P02"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void recognisesACommitThatFailedOnTheConnectionAmongTheSuppressedExceptions() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction: FATAL: terminating connection");
        xa.initCause(new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
        commit.addSuppressed(xa);

        assertThat(DatabaseUnavailable.causes(new RuntimeException("Error invoking subclass method", commit))).isTrue();
    }

    @Test
    void leavesACommitThatFailedForAnotherReasonAsItWas() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(DatabaseUnavailable.causes(new RuntimeException(commit))).isFalse();
    }

    @Test
    void leavesEverythingElseAsItWas() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("explode"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("deadlock detected", "40P01"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("canceling statement due to user request", "57014"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new OptimisticLockException("stale"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalArgumentException("connection timeout is not a number"))).isFalse();
    }

    @Test
    void endsOnACauseThatIsItsOwnCause() {
        assertThat(DatabaseUnavailable.causes(new SelfCaused())).isFalse();
    }

    /** An exception whose cause is itself, as some drivers build them. */
    private static final class SelfCaused extends RuntimeException {
        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }
}
