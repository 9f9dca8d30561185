package nl.totalservice.onboarding.partner.matching.engine;

import java.util.UUID;

/** The partner the customer asked for, and why ({@code EXISTING_CONTACT}, {@code REFERRED_BY_PARTNER}). */
public record Wish(UUID partnerId, String kind) {

    /** How the explanation phrases the wish. */
    String phrase(String partnerName) {
        if ("EXISTING_CONTACT".equals(kind)) {
            return "the customer already has contact with " + partnerName;
        }
        if ("REFERRED_BY_PARTNER".equals(kind)) {
            return "the customer was referred by " + partnerName;
        }
        return "the customer asked for " + partnerName;
    }
}
