package nl.totalservice.onboarding.portal.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.totalservice.onboarding.portal.config.PortalConfig;
import nl.totalservice.onboarding.portal.config.SignInMode;

/** Renders a page with what every page shows: who is signed in, the language, the development banner. */
@ApplicationScoped
public class Pages {

    /** Status of a page that shows a form again with the service's problem beside its fields. */
    public static final int UNPROCESSABLE = 422;

    private final Visitor visitor;
    private final PortalConfig config;

    public Pages(Visitor visitor, PortalConfig config) {
        this.visitor = visitor;
        this.config = config;
    }

    public TemplateInstance page(Template template) {
        return template.instance()
                .data("me", visitor.session().orElse(null))
                .data("lang", visitor.locale().getLanguage())
                .data("back", URLEncoder.encode(visitor.path(), StandardCharsets.UTF_8))
                .data("development", config.signIn() == SignInMode.DEVELOPMENT)
                .setLocale(visitor.locale());
    }

    /** The page again with a problem to show: 422, or 503 when a service did not answer. */
    public Response problem(TemplateInstance page, boolean unavailable) {
        return Response.status(unavailable ? Response.Status.SERVICE_UNAVAILABLE.getStatusCode() : UNPROCESSABLE)
                .entity(page).build();
    }
}
