package nl.totalservice.onboarding.partner.matching;

/** The sales person responsible for the lead (events' {@code Owner}). */
public record Owner(String email, String name) {
}
