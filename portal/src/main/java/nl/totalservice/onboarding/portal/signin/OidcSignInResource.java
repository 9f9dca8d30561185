package nl.totalservice.onboarding.portal.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import nl.totalservice.onboarding.portal.config.PortalConfig;
import nl.totalservice.onboarding.portal.config.SignInMode;
import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;
import nl.totalservice.onboarding.portal.session.SessionCookie;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Production sign-in: the identity provider's authorization code flow (quarkus-oidc, {@code application-type=web-app})
 * guards this path; once back, the portal keeps the access token in its own session and sends it to the services.
 */
@Path(OidcSignInResource.PATH)
public class OidcSignInResource {

    static final String PATH = "/sign-in/oidc";

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
        Optional<Role> role = Arrays.stream(Role.values()).filter(r -> idToken.getGroups().contains(r.group())).findFirst();
        if (role.isEmpty()) {
            return Response.status(Response.Status.FORBIDDEN).entity("Your account has no portal role").build();
        }
        String partner = idToken.getClaim("partner_id");
        String email = Optional.ofNullable((String) idToken.getClaim("email")).orElse(idToken.getName());
        Instant expires = Instant.ofEpochSecond(idToken.getExpirationTime());
        Session session = new Session(role.get(), email, partner == null ? null : UUID.fromString(partner), null,
                accessToken.getToken(), expires);
        return Response.seeOther(URI.create(role.get().home())).cookie(cookies.write(session)).build();
    }
}
