package nl.totalservice.onboarding.portal.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in person: who, which role, and the bearer token the portal sends to the services on their behalf.
 *
 * @param partnerId   the partner firm of a partner user (null for other roles)
 * @param partnerName the firm's name, for the page header
 */
public record Session(Role role, String email, UUID partnerId, String partnerName, String token, Instant expiresAt) {

    public String bearer() {
        return "Bearer " + token;
    }

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }

    public boolean isSales() {
        return role == Role.SALES;
    }
}
