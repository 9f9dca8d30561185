package nl.totalservice.onboarding.platform.web;

import io.vertx.core.http.HttpClosedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A resource that only exists in this module's tests, to exercise the shared conventions. */
@Path("/api/probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public enum Colour { RED, GREEN }

    public record Address(@NotBlank @Pattern(regexp = "\\d{4} ?[A-Z]{2}", message = "must look like 1234 AB") String postcode) {
    }

    public record Thing(@NotBlank String name, @NotNull Colour colour, Integer count, LocalDate on,
                        @Valid @NotNull Address address, List<@Valid Address> more) {
    }

    @Inject
    Caller caller;

    @POST
    public Thing echo(@Valid @NotNull Thing thing) {
        return thing;
    }

    @GET
    @Path("/things/{id}")
    public Map<String, String> find(@PathParam("id") UUID id) {
        throw ProblemException.notFound("Thing", id);
    }

    @POST
    @Path("/things/{id}/close")
    public Map<String, String> close(@PathParam("id") UUID id) {
        throw ProblemException.illegalTransition("A CLOSED thing cannot be closed", "CLOSED");
    }

    @GET
    @Path("/page")
    public Map<String, Integer> page(@QueryParam("size") @Max(100) Integer size) {
        return Map.of("size", size == null ? 20 : size);
    }

    @GET
    @Path("/boom")
    public Map<String, String> boom() {
        throw new IllegalStateException("secret internals");
    }

    @GET
    @Path("/closed-elsewhere")
    public Map<String, String> closedElsewhere() throws IOException {
        // a closed connection, but not the caller's: the caller still waits for its answer
        throw new IOException(new IOException(new HttpClosedException("Connection was closed")));
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.PARTNER})
    public Map<String, String> me() {
        return Map.of("id", caller.id(), "partnerId", caller.partnerId().toString());
    }
}
