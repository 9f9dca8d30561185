package nl.totalservice.onboarding.platform.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

/**
 * Keeps a batch's JPA persistence context small, in services that have one: flushed and cleared
 * after each event, so that the auto-flush before each query does not dirty-check every entity the
 * batch loaded before (that made a batch as slow as one transaction per event).
 */
@ApplicationScoped
class BatchPersistenceContext {

    private final Instance<EntityManager> entityManagers;
    private volatile Boolean present;

    BatchPersistenceContext(Instance<EntityManager> entityManagers) {
        this.entityManagers = entityManagers;
    }

    /** Writes what the event's handler changed (in the batch's transaction) and forgets the loaded entities. */
    void afterEvent() {
        if (present == null) {
            present = entityManagers.isResolvable();
        }
        if (present) {
            EntityManager entityManager = entityManagers.get();
            entityManager.flush();
            entityManager.clear();
        }
    }
}
