package nl.totalservice.onboarding.notification.intake.event;

/**
 * The {@code LeadSummary} in task events: what a partner needs to contact the customer. Every field
 * may be null (a tolerant reader).
 */
public record LeadSummary(String companyName, String contactName, String email, String phone, String postcode,
                          String city) {

    /** Postcode and city, as a person writes them ("9712 AB Groningen"); null when neither is known. */
    public String place() {
        String joined = ((postcode == null ? "" : postcode.trim()) + " " + (city == null ? "" : city.trim())).trim();
        return joined.isEmpty() ? null : joined;
    }
}
