package nl.totalservice.onboarding.lead.lead;

import java.time.LocalDate;

/**
 * Step 5's data: the signed order confirmation (engagement).
 *
 * @param documentReference where the signed document is filed (document system reference)
 * @param signatoryName who signed for the customer, when known
 */
public record OrderConfirmation(LocalDate signedOn, String documentReference, String signatoryName) {
}
