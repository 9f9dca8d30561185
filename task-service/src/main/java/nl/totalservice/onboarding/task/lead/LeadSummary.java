package nl.totalservice.onboarding.task.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a partner needs to contact the customer (the contract's {@code LeadSummary}). The contact
 * person's name, email and phone are personal data: the partner portal shows them only after acceptance.
 */
@Schema(name = "LeadSummary", description = "What a partner needs to contact the customer. In the partner portal "
        + "contactName, email and phone are null until the partner accepted the task (personal data)")
public record LeadSummary(
        @Schema(description = "The customer's company", examples = "Bakkerij De Korenschoof")
        String companyName,
        @Schema(description = "The contact person", examples = "Jan Jansen", nullable = true)
        String contactName,
        @Schema(description = "The contact's email address", examples = "jan@korenschoof.nl", nullable = true)
        String email,
        @Schema(description = "The contact's phone number", examples = "+31 50 123 4567", nullable = true)
        String phone,
        @Schema(description = "Postcode of the company", examples = "9711 AB")
        String postcode,
        @Schema(description = "City of the company", examples = "Groningen")
        String city) {

    /** All fields null: what events carry while task-service has not seen the lead yet. */
    public static final LeadSummary UNKNOWN = new LeadSummary(null, null, null, null, null, null);

    /** The company and its place only: what a partner sees before it accepts (no contact person's details). */
    public LeadSummary withoutContact() {
        return new LeadSummary(companyName, null, null, null, postcode, city);
    }
}
