package nl.totalservice.onboarding.task.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner needs to contact the customer (the contract's {@code LeadSummary}). */
@Schema(name = "LeadSummary", description = "What a partner needs to contact the customer")
public record LeadSummary(
        @Schema(description = "The customer's company", examples = "Bakkerij De Korenschoof")
        String companyName,
        @Schema(description = "The contact person", examples = "Jan Jansen")
        String contactName,
        @Schema(description = "The contact's email address", examples = "jan@korenschoof.nl")
        String email,
        @Schema(description = "The contact's phone number", examples = "+31 50 123 4567")
        String phone,
        @Schema(description = "Postcode of the company", examples = "9711 AB")
        String postcode,
        @Schema(description = "City of the company", examples = "Groningen")
        String city) {

    /** All fields null: what events carry while task-service has not seen the lead yet. */
    public static final LeadSummary UNKNOWN = new LeadSummary(null, null, null, null, null, null);
}
