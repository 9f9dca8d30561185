package nl.totalservice.onboarding.partner.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.partner.matching.PartnerLoadCheck;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Ops' check that the per-partner loads used by decisions agree with the leads they summarise. */
@Path("/api/reports/partner-load-drift")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "How evenly leads go to partners")
public class PartnerLoadResource {

    private final PartnerLoadCheck check;

    public PartnerLoadResource(PartnerLoadCheck check) {
        this.check = check;
    }

    @GET
    @RolesAllowed(Roles.OPS)
    @Operation(operationId = "getPartnerLoadDrift",
            summary = "Partner load drift", description = "Recomputes each partner's open assignments and last "
            + "assignment from the routed leads and the assignment log (a scan of the whole history) and lists "
            + "the partners whose kept figures, which decisions use, differ. Empty when all agree.")
    public List<PartnerLoadDriftView> drift() {
        return check.drift().stream().map(PartnerLoadDriftView::of).toList();
    }
}
