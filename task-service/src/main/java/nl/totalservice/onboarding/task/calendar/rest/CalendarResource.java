package nl.totalservice.onboarding.task.calendar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import nl.totalservice.onboarding.task.calendar.BusinessCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The working calendar: office hours, public holidays and the days the coordinator closed. */
@Path("/api/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "The working time partners' deadlines count in")
public class CalendarResource {

    private final BusinessCalendar calendar;
    private final Caller caller;
    private final Clock clock;

    public CalendarResource(BusinessCalendar calendar, Caller caller, Clock clock) {
        this.calendar = calendar;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTNER, Roles.SALES, Roles.OPS})
    @Operation(operationId = "getCalendar",
            summary = "The working calendar", description = "Office hours and, for each day from `from` to `to` "
            + "(at most 366 days; default: today and the next 30 days), whether it is a working day and if not why: "
            + "weekend, public holiday or a day the coordinator closed.")
    public CalendarView calendar(
            @Parameter(description = "First day, e.g. 2026-12-01 (default today)") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2026-12-31 (default 30 days after from)") @QueryParam("to") String to) {
        LocalDate first = QueryParams.date("from", from);
        if (first == null) {
            first = LocalDate.now(clock.withZone(calendar.officeHours().zone()));
        }
        LocalDate last = QueryParams.date("to", to);
        return CalendarView.of(calendar.officeHours(), calendar.days(first, last == null ? first.plusDays(30) : last));
    }

    @GET
    @Path("/closed-days")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "listClosedDays",
            summary = "Days closed for every partner", description = "From `from` (default today) to `to` "
            + "(default a year later), by date.")
    public List<ClosedDayView> closedDays(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = QueryParams.date("from", from);
        if (first == null) {
            first = LocalDate.now(clock.withZone(calendar.officeHours().zone()));
        }
        LocalDate last = QueryParams.date("to", to);
        return calendar.closedDays(first, last == null ? first.plusYears(1) : last).stream().map(ClosedDayView::of).toList();
    }

    @PUT
    @Path("/closed-days/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "closeDay",
            summary = "Close a day for every partner", description = "A company day: deadlines set from now on do not "
            + "count it, and messages to partners due that day wait for the next working period. Putting a closed day "
            + "again changes its reason.")
    public ClosedDayView close(@Parameter(description = "The day, e.g. 2026-12-31") @PathParam("day") String day,
                               @Valid @NotNull ClosedDayRequest request) {
        return ClosedDayView.of(calendar.close(pathDate(day), request.reason().strip(), caller.id()));
    }

    @DELETE
    @Path("/closed-days/{day}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "reopenDay",
            summary = "Open a closed day again")
    public void reopen(@Parameter(description = "The day, e.g. 2026-12-31") @PathParam("day") String day) {
        calendar.reopen(pathDate(day));
    }

    private static LocalDate pathDate(String day) {
        LocalDate date = QueryParams.date("day", day);
        if (date == null) {
            throw ProblemException.notFound("Closed day", day);
        }
        return date;
    }
}
