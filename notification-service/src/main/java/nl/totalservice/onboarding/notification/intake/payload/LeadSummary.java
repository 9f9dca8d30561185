package nl.totalservice.onboarding.notification.intake.payload;

/**
 * The {@code LeadSummary} in task events: what a partner needs to contact the customer. Every field
 * may be null (a tolerant reader).
 */
public record LeadSummary(String companyName, String contactName, String email, String phone, String postcode,
                          String city) {

    /** Whether the event named the customer's company. */
    public static boolean named(LeadSummary lead) {
        return lead != null && lead.companyName() != null;
    }

    /** This summary (or an empty one) with the company name filled in. */
    public static LeadSummary withCompanyName(LeadSummary lead, String companyName) {
        return lead == null ? new LeadSummary(companyName, null, null, null, null, null)
                : new LeadSummary(companyName, lead.contactName(), lead.email(), lead.phone(), lead.postcode(), lead.city());
    }

    /** Postcode and city, as a person writes them ("9712 AB Groningen"); null when neither is known. */
    public String place() {
        String joined = ((postcode == null ? "" : postcode.trim()) + " " + (city == null ? "" : city.trim())).trim();
        return joined.isEmpty() ? null : joined;
    }
}
