package nl.totalservice.onboarding.portal.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.totalservice.onboarding.portal.config.PortalConfig;
import nl.totalservice.onboarding.portal.config.SignInMode;
import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;
import nl.totalservice.onboarding.portal.session.SessionCookie;
import nl.totalservice.onboarding.portal.web.Forms;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Production sign-in: the identity provider's authorization code flow (quarkus-oidc, {@code application-type=web-app})
 * guards this path; once back, the portal keeps the access token in its own session and sends it to the services.
 */
@Path(OidcSignInResource.PATH)
public class OidcSignInResource {

    static final String PATH = "/sign-in/oidc";
    /** The claim that names a partner user's firm. */
    static final String PARTNER_ID = "partner_id";

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    SessionCookie cookies;

    @Inject
    PortalConfig config;

    @GET
    @Authenticated
    public Response signedIn() {
        if (config.signIn() != SignInMode.OIDC) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        String email = Optional.ofNullable((String) idToken.getClaim("email")).orElse(idToken.getName());
        Object claim = idToken.getClaim(PARTNER_ID);
        String partner = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
        Optional<Session> session = session(idToken.getGroups(), partner, email,
                accessToken.getToken(), Instant.ofEpochSecond(idToken.getExpirationTime()));
        if (session.isEmpty()) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Your account has no portal role, or a partner role without its firm (" + PARTNER_ID + ")")
                    .build();
        }
        return Response.seeOther(URI.create(session.get().role().home())).cookie(cookies.write(session.get())).build();
    }

    /**
     * The session of a person the identity provider signed in; empty without a portal role, or for a partner
     * whose token names no firm (task-service would show it nothing but refusals).
     */
    static Optional<Session> session(Set<String> groups, String partnerClaim, String email, String accessToken,
                                     Instant expires) {
        Optional<Role> role = Arrays.stream(Role.values()).filter(r -> groups.contains(r.group())).findFirst();
        if (role.isEmpty()) {
            return Optional.empty();
        }
        UUID partner = role.get() == Role.PARTNER ? Forms.uuid(partnerClaim) : null;
        if (role.get() == Role.PARTNER && partner == null) {
            return Optional.empty();
        }
        return Optional.of(new Session(role.get(), email, partner, null, accessToken, expires));
    }
}
