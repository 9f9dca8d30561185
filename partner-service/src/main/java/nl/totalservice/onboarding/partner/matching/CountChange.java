package nl.totalservice.onboarding.partner.matching;

import java.util.UUID;

/** How a lead's life changes partners' customer counts: one may lose a customer, one may gain one. */
public record CountChange(UUID losing, UUID gaining) {

    public static final CountChange NONE = new CountChange(null, null);
}
