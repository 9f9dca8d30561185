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
import nl.totalservice.onboarding.portal.web.Formats;
import nl.totalservice.onboarding.portal.web.Forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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
            case "domain" -> calls.call(LeadPages.SERVICE, () -> leads.domain(bearer, id,
                    new DomainRequest(Forms.text(form.getFirst("identifier")), "CREATED")));
            case "order-confirmation" -> calls.call(LeadPages.SERVICE, () -> leads.orderConfirmation(bearer, id,
                    new OrderConfirmationRequest(date(form.getFirst("signedOn")),
                            Forms.text(form.getFirst("documentReference")))));
            case "document-received" -> calls.call(LeadPages.SERVICE, () -> leads.documentReceived(bearer, id,
                    code(form), new DocumentRequest(null)));
            case "document-approved" -> calls.call(LeadPages.SERVICE, () -> leads.documentApproved(bearer, id,
                    code(form), new DocumentRequest(null)));
            case "start" -> calls.call(LeadPages.SERVICE, () -> leads.start(bearer, id,
                    new StartRequest(time(form.getFirst("startAt")), Forms.text(form.getFirst("note")))));
            default -> Result.problem(new Problem(null, "Unknown step", 404, "Unknown step " + step, List.of()),
                    LeadPages.SERVICE);
        };
    }

    private static String code(MultivaluedMap<String, String> form) {
        String code = Forms.text(form.getFirst("code"));
        return code == null ? "-" : code;
    }

    private static LocalDate date(String value) {
        try {
            return Forms.text(value) == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant time(String value) {
        try {
            return Forms.text(value) == null ? null : LocalDateTime.parse(value.trim()).atZone(Formats.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
