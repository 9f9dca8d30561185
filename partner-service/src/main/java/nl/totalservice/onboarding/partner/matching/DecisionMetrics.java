package nl.totalservice.onboarding.partner.matching;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.totalservice.onboarding.partner.matching.engine.Decision;
import nl.totalservice.onboarding.partner.matching.event.Trigger;

/**
 * Counts stored decisions by the rule that decided ({@code NONE} when no partner was available),
 * outcome and trigger: {@code matching_decisions_total}. Counted when the decision's transaction
 * commits, so a consumer batch that rolls back and is handled again does not count twice.
 */
@ApplicationScoped
public class DecisionMetrics {

    /** The rule tag of a decision that found no partner. */
    static final String NO_RULE = "NONE";

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public DecisionMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Counts {@code decision} once the current transaction commits. */
    void countOnCommit(Decision decision, Trigger trigger) {
        String rule = decision.rule() == null ? NO_RULE : decision.rule().name();
        String outcome = decision.outcome().name();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    registry.counter("matching.decisions", "rule", rule, "outcome", outcome,
                            "trigger", trigger.name()).increment();
                }
            }
        });
    }
}
