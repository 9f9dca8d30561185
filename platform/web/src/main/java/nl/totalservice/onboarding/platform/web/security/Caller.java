package nl.totalservice.onboarding.platform.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/** Who is calling, from the verified bearer token. */
@RequestScoped
public class Caller {

    /** Claim that carries a partner user's partner firm id. */
    public static final String PARTNER_ID_CLAIM = "partner_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    /** The caller's user name: the token's {@code upn}, else its subject. */
    public String id() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return identity.getPrincipal().getName();
    }

    /** The caller's email address when the token has one, else its user name. */
    public String email() {
        String email = jwt.getClaim("email");
        return email != null ? email : id();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The partner firm of a partner user. It comes from the token only, never from the request,
     * so a partner can never act for another firm.
     */
    public UUID partnerId() {
        return partnerIdIfPresent().orElseThrow(() -> ProblemException.forbidden(
                "Your token carries no valid " + PARTNER_ID_CLAIM + " claim"));
    }

    public Optional<UUID> partnerIdIfPresent() {
        Object claim = jwt.getClaim(PARTNER_ID_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
