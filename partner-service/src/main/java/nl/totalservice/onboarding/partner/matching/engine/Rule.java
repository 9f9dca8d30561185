package nl.totalservice.onboarding.partner.matching.engine;

/** The rules of the partner choice, in order of priority (the partner choice in the README). */
public enum Rule {
    /** The customer named a partner: an existing contact, or the partner referred the customer. */
    CUSTOMER_WISH,
    /** The customer is clearly closer to one partner than to any other. */
    REGION,
    /** The partner with the lowest load gets the customer, so that every partner gets new customers. */
    DISTRIBUTION
}
