package nl.totalservice.onboarding.lead.lead;

/**
 * What sales registers about a lead (and may correct later), already validated and normalised.
 *
 * @param kvkNumber 8 digits, or null when not known
 * @param coordinates null when not known
 * @param wish null when the customer has no wish for a partner
 */
public record LeadDetails(String companyName, String kvkNumber, Contact contact, Address address,
                          Coordinates coordinates, Owner owner, LeadSource source, Wish wish) {
}
