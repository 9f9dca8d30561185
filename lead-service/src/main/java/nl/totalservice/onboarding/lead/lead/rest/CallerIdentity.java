package nl.totalservice.onboarding.lead.lead.rest;

import jakarta.enterprise.context.RequestScoped;
import nl.totalservice.onboarding.lead.lead.Owner;
import nl.totalservice.onboarding.platform.web.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;

/** The caller as lead-service records it: who did something, and the caller as a lead's owner. */
@RequestScoped
public class CallerIdentity {

    private final Caller caller;
    private final JsonWebToken token;

    public CallerIdentity(Caller caller, JsonWebToken token) {
        this.caller = caller;
        this.token = token;
    }

    /** Who did it, for "recorded by" fields: the token's user name. */
    public String id() {
        return caller.id();
    }

    /** The caller's email address, lower case: how owners are matched. */
    public String email() {
        return caller.email().toLowerCase(Locale.ROOT);
    }

    public boolean hasRole(String role) {
        return caller.hasRole(role);
    }

    /** The caller as owner of a lead, with the token's {@code name} claim when it has one. */
    public Owner asOwner() {
        String name = token.getClaim("name");
        return new Owner(email(), name == null || name.isBlank() ? null : name);
    }
}
