package nl.totalservice.onboarding.portal.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import nl.totalservice.onboarding.portal.api.Calls;
import nl.totalservice.onboarding.portal.api.LeadApi;
import nl.totalservice.onboarding.portal.api.LeadModels.DocumentRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.DomainRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.LeadView;
import nl.totalservice.onboarding.portal.api.LeadModels.OrderConfirmationRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.StartRequest;
import nl.totalservice.onboarding.portal.api.Problem;
import nl.totalservice.onboarding.portal.api.Result;
import nl.totalservice.onboarding.portal.session.Session;
import nl.totalservice.onboarding.portal.web.Forms;

import java.util.List;
import java.util.UUID;

/** The onboarding checklist's forms (steps 4 to 7), each one call to lead-service. */
@ApplicationScoped
public class OnboardingActions {

    private final LeadApi leads;
    private final Calls calls;

    public OnboardingActions(LeadApi leads, Calls calls) {
        this.leads = leads;
        this.calls = calls;
    }

    Result<LeadView> apply(Session me, UUID id, String step, MultivaluedMap<String, String> form) {
        String bearer = me.bearer();
        return switch (step) {
            case "domain" -> calls.call(LeadApi.SERVICE, () -> leads.domain(bearer, id,
                    new DomainRequest(Forms.text(form.getFirst("identifier")), "CREATED")));
            case "order-confirmation" -> calls.call(LeadApi.SERVICE, () -> leads.orderConfirmation(bearer, id,
                    new OrderConfirmationRequest(Forms.date(form.getFirst("signedOn")),
                            Forms.text(form.getFirst("documentReference")))));
            case "document-received" -> calls.call(LeadApi.SERVICE, () -> leads.documentReceived(bearer, id,
                    code(form), new DocumentRequest(null)));
            case "document-approved" -> calls.call(LeadApi.SERVICE, () -> leads.documentApproved(bearer, id,
                    code(form), new DocumentRequest(null)));
            case "start" -> calls.call(LeadApi.SERVICE, () -> leads.start(bearer, id,
                    new StartRequest(Forms.localTime(form.getFirst("startAt")), Forms.text(form.getFirst("note")))));
            default -> Result.problem(new Problem(null, "Unknown step", 404, "Unknown step " + step, List.of()),
                    LeadApi.SERVICE);
        };
    }

    private static String code(MultivaluedMap<String, String> form) {
        String code = Forms.text(form.getFirst("code"));
        return code == null ? "-" : code;
    }
}
