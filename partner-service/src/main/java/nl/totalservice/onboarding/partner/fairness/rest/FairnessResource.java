package nl.totalservice.onboarding.partner.fairness.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.partner.fairness.FairnessReport;
import nl.totalservice.onboarding.partner.fairness.FairnessReports;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fairness report: do partners get new customers regularly? */
@Path("/api/reports/fairness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "How evenly leads go to partners")
public class FairnessResource {

    private final FairnessReports reports;

    public FairnessResource(FairnessReports reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "getFairnessReport",
            summary = "Fairness report", description = "Per partner: active customers, open assignments, load, "
            + "distinct leads assigned in the last 30 and 90 days, last assignment and decisions won per rule; "
            + "overall, for the last 30 and 90 days: the share of matched decisions won by each rule, and (in `routing`) "
            + "the same figures the routing backtest (POST /api/matching/backtest) gives for the live policy: km from "
            + "customer to chosen partner (average and 95th percentile, from the stored decisions), decisions that "
            + "widened beyond the service areas, and the spread of matched decisions over the partners active now "
            + "(most, fewest, share with none).")
    public FairnessReport fairness() {
        return reports.build();
    }
}
