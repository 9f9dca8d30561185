package nl.totalservice.onboarding.partner.geography.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.partner.geography.Gazetteer;
import nl.totalservice.onboarding.partner.geography.GazetteerConfig;
import nl.totalservice.onboarding.partner.geography.GazetteerLoad;
import nl.totalservice.onboarding.partner.geography.GazetteerUnavailableException;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The gazetteer's state, and reloading it on demand (ops). */
@Path("/api/gazetteer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geography")
public class GazetteerResource {

    private final Gazetteer gazetteer;
    private final GazetteerConfig config;
    private final Caller caller;

    public GazetteerResource(Gazetteer gazetteer, GazetteerConfig config, Caller caller) {
        this.gazetteer = gazetteer;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPS, Roles.COORDINATOR})
    @Operation(operationId = "getGazetteerStatus",
            summary = "Gazetteer status", description = "Whether postcodes are loaded; from which source (the "
            + "bundled gazetteer, with its version, or the configured file), its checksum, when, which rows were "
            + "skipped, and why the configured source could not be loaded, if it could not.")
    public GazetteerStatusView status() {
        return view(gazetteer.latestLoad().orElse(null));
    }

    @POST
    @Path("/reload")
    @RolesAllowed(Roles.OPS)
    @Operation(operationId = "reloadGazetteer",
            summary = "Reload the gazetteer", description = "Reads the configured source (the file in "
            + "partner.gazetteer.path, else the bundled gazetteer) into the database now, replacing every PC4 area, "
            + "and moves partners located from it to their new centre (publishing PartnerUpdated). An unchanged "
            + "source is skipped unless force=true.")
    @APIResponse(responseCode = "409", description = "The configured source cannot be read or holds no postcodes "
            + "(the data in force stays; readiness reports the problem until a load succeeds)")
    public GazetteerStatusView reload(@Parameter(description = "Reload even when the file is unchanged", example = "false")
                                      @QueryParam("force") boolean force) {
        GazetteerLoad load;
        try {
            load = gazetteer.load(caller.id(), force);
        } catch (GazetteerUnavailableException e) {
            throw ProblemException.conflict("gazetteer-unavailable", e.getMessage(), Map.of());
        }
        return view(load);
    }

    private GazetteerStatusView view(GazetteerLoad load) {
        return GazetteerStatusView.of(gazetteer.postcodes(), gazetteer.configuredSource(),
                config.path().filter(path -> !path.isBlank()).orElse(null), gazetteer.problem().orElse(null), load);
    }
}
