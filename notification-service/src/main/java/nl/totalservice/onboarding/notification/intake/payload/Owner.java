package nl.totalservice.onboarding.notification.intake.payload;

/** The sales person responsible for a lead ({@code Owner} in docs/events.md); {@code name} may be null. */
public record Owner(String email, String name) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
