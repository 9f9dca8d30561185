package nl.totalservice.onboarding.lead.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.lead.report.InterestReportService;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Management reports on the total-service offer. */
@Path("/api/reports/interest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Management reports")
public class InterestReportResource {

    private final InterestReportService reports;

    public InterestReportResource(InterestReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "getInterestReport",
            summary = "Interest report", description = "Counts leads interested and not interested in the total "
            + "service, not interested per reason, per sales owner and per month. A lead counts once, in the month its "
            + "interest was first recorded, with its current decision. Filter by period (dates inclusive, in the "
            + "report's time zone) and owner.")
    @APIResponse(responseCode = "200", description = "The report")
    public InterestReportView report(
            @Parameter(description = "First day of the period (inclusive); default: no lower bound",
                    example = "2026-07-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day of the period (inclusive); default: no upper bound",
                    example = "2026-09-30", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Only leads of this owner (email)", example = "sanne.devries@totalservice.nl")
            @QueryParam("owner") String owner) {
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalidField("to", "must not be before from (" + fromDate + ")");
        }
        return InterestReportView.of(reports.report(fromDate, toDate, QueryParams.text("owner", owner)));
    }
}
