package nl.totalservice.onboarding.partner.matching.event;

/** The sales person responsible for the lead (events' {@code Owner}). */
public record Owner(String email, String name) {
}
