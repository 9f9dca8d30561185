package nl.totalservice.onboarding.partner.matching.backtest;

import nl.totalservice.onboarding.partner.matching.DecisionInputs;
import nl.totalservice.onboarding.partner.matching.engine.Outcome;

import java.time.Instant;
import java.util.UUID;

/** What the backtest needs of a stored decision: what it decided and its inputs. */
record StoredDecision(UUID id, UUID leadId, Instant decidedAt, Outcome outcome, UUID partnerId, String partnerName,
                      DecisionInputs inputs) {
}
