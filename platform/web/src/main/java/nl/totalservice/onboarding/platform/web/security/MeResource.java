package nl.totalservice.onboarding.platform.web.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Tells callers how the service sees their token: a quick check for front ends and integrations. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caller", description = "Who the service thinks you are")
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    /** The caller as seen by this service. */
    @Schema(name = "Me", description = "The caller as seen by this service")
    public record Me(
            @Schema(description = "User name from the token (upn, else subject)", examples = "sanne.devries@totalservice.nl")
            String user,
            @Schema(description = "Email address from the token", examples = "sanne.devries@totalservice.nl")
            String email,
            @Schema(description = "Roles from the token's groups claim", examples = "[\"sales\"]")
            List<String> roles,
            @Schema(description = "Partner firm id (partner users only)", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
            String partnerId) {
    }

    @GET
    @Authenticated
    @Operation(operationId = "getCurrentUser",
            summary = "Who am I", description = "Returns the user, roles and partner id this service reads from your bearer token.")
    public Me me() {
        return new Me(caller.id(), caller.email(), identity.getRoles().stream().sorted().toList(),
                caller.partnerIdIfPresent().map(Object::toString).orElse(null));
    }
}
