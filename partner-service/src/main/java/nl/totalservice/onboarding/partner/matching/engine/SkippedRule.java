package nl.totalservice.onboarding.partner.matching.engine;

/** A rule that came before the deciding one and did not decide, with the reason (with numbers). */
public record SkippedRule(Rule rule, String reason) {
}
