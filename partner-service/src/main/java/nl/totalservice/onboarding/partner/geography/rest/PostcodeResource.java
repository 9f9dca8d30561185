package nl.totalservice.onboarding.partner.geography.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.partner.geography.Gazetteer;
import nl.totalservice.onboarding.partner.geography.GazetteerLoad;
import nl.totalservice.onboarding.partner.geography.Pc4;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Postcode lookups in the gazetteer. */
@Path("/api/postcodes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geography", description = "Dutch PC4 areas (derived from GeoNames postal codes, CC BY 4.0) and the gazetteer behind them")
public class PostcodeResource {

    private final Gazetteer gazetteer;

    public PostcodeResource(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GET
    @Path("/{postcode}")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.PARTNER, Roles.OPS})
    @Operation(operationId = "lookUpPostcode",
            summary = "Look up a postcode", description = "The PC4 area of a postcode (1234 or 1234 AB): the "
            + "centre the service uses for distances, its place, municipality and province, and how the centre was "
            + "chosen when the file has several rows for it.")
    @APIResponse(responseCode = "404", description = "The postcode is not in the gazetteer (or none is loaded)")
    public PostcodeView lookup(@Parameter(description = "A Dutch postcode: 1234, 1234AB or 1234 AB", example = "9711")
                               @PathParam("postcode") String postcode) {
        String pc4 = Pc4.of(postcode).orElseThrow(() ->
                ProblemException.invalidField("postcode", "must look like 1234 or 1234 AB"));
        String attribution = gazetteer.latestLoad().map(GazetteerLoad::attribution)
                .orElse(GazetteerStatusView.DEFAULT_ATTRIBUTION);
        return gazetteer.lookup(pc4).map(area -> PostcodeView.of(area, attribution)).orElseThrow(() -> gazetteer.isLoaded()
                ? ProblemException.notFound("Postcode", pc4)
                : new ProblemException(404, "not-found", "Not found", "No gazetteer is loaded, so no postcode is "
                + "known (ops: see GET /api/gazetteer and /q/health/ready)", Map.of()));
    }
}
