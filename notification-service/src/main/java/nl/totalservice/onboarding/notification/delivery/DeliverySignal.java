package nl.totalservice.onboarding.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the sender when a transaction that queued notifications commits, so mail leaves without waiting a poll. */
@ApplicationScoped
public class DeliverySignal {

    private final Semaphore permits = new Semaphore(0);
    private final TransactionSynchronizationRegistry transactions;

    public DeliverySignal(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Wakes the sender once the current transaction has committed. */
    void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits until woken or until {@code timeout} passes. */
    void await(Duration timeout) throws InterruptedException {
        if (permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
