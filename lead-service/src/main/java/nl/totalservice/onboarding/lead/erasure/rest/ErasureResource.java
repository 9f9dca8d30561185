package nl.totalservice.onboarding.lead.erasure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.lead.erasure.ErasureService;
import nl.totalservice.onboarding.lead.lead.rest.CallerIdentity;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A customer's right-to-erasure request (AVG/GDPR article 17). */
@Path("/api/leads/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class ErasureResource {

    private final ErasureService erasure;
    private final CallerIdentity caller;

    public ErasureResource(ErasureService erasure, CallerIdentity caller) {
        this.erasure = erasure;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SALES, Roles.OPS})
    @Operation(operationId = "eraseLead", summary = "Erase the customer's personal data",
            description = "For a right-to-erasure request, in any state. Anonymises the lead: the company name and "
                    + "contact person read [erased]; KvK number, email, phone, street, house number, position and every "
                    + "free-text note are removed; the postcode keeps its 4 digits. Kept for reporting: state, source, "
                    + "interest decisions with reason codes, PC4 and place, partners, owner and dates "
                    + "(docs/privacy.md). The timeline keeps each entry's type and time, not its text. Publishes "
                    + "LeadErased; task-, notification- and partner-service erase their copies and each confirms "
                    + "with LeadDataErased on the timeline. Afterwards the lead cannot be corrected (409 lead-erased). "
                    + "Idempotent: a repeated request changes nothing and answers the same.")
    @APIResponse(responseCode = "200", description = "Erased (now or by an earlier request)")
    @APIResponse(responseCode = "404", description = "No such lead")
    public ErasureView erase(@Parameter(description = "The lead's id", example = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f")
                             @PathParam("id") UUID id) {
        return ErasureView.of(erasure.erase(id, caller.id()));
    }
}
