package nl.totalservice.onboarding.portal.signin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.totalservice.onboarding.portal.api.Calls;
import nl.totalservice.onboarding.portal.api.Page;
import nl.totalservice.onboarding.portal.api.PartnerApi;
import nl.totalservice.onboarding.portal.api.PartnerModels.PartnerView;
import nl.totalservice.onboarding.portal.api.Result;
import nl.totalservice.onboarding.portal.config.PortalConfig;
import nl.totalservice.onboarding.portal.config.SignInMode;
import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;
import nl.totalservice.onboarding.portal.session.SessionCookie;
import nl.totalservice.onboarding.portal.web.Forms;
import nl.totalservice.onboarding.portal.web.Pages;
import nl.totalservice.onboarding.portal.web.Redirects;
import nl.totalservice.onboarding.portal.web.Visitor;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in and sign-out. In DEVELOPMENT mode a page lets anyone pick a role (and a partner firm); the portal
 * mints the token itself. In OIDC mode sign-in is the identity provider's (see {@link OidcSignInResource}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private final Pages pages;
    private final Template signIn;
    private final Visitor visitor;
    private final PortalConfig config;
    private final DevelopmentTokens tokens;
    private final SessionCookie cookies;
    private final PartnerApi partners;
    private final Calls calls;
    private final Clock clock;

    public SignInResource(Pages pages, @Location("sign-in.html") Template signIn, Visitor visitor, PortalConfig config,
                          DevelopmentTokens tokens, SessionCookie cookies, PartnerApi partners, Calls calls,
                          Clock clock) {
        this.pages = pages;
        this.signIn = signIn;
        this.visitor = visitor;
        this.config = config;
        this.tokens = tokens;
        this.cookies = cookies;
        this.partners = partners;
        this.calls = calls;
        this.clock = clock;
    }

    @GET
    public Response home() {
        return Redirects.seeOther(visitor.session().map(session -> session.role().home()).orElse("/sign-in"));
    }

    @GET
    @Path("sign-in")
    public Response page(@jakarta.ws.rs.QueryParam("next") String next) {
        if (config.signIn() == SignInMode.OIDC) {
            return Redirects.seeOther(OidcSignInResource.PATH);
        }
        return Response.ok(form(Map.of()).data("next", Redirects.localPath(next))).build();
    }

    @POST
    @Path("sign-in")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("role") String role, @FormParam("email") String email,
                           @FormParam("partnerId") String partnerId, @FormParam("next") String next) {
        if (config.signIn() != SignInMode.DEVELOPMENT) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        Optional<Role> chosen = parseRole(role);
        if (chosen.isEmpty()) {
            return pages.problem(form(Map.of("role", "required")).data("next", Redirects.localPath(next)), false);
        }
        UUID partner = null;
        String partnerName = null;
        if (chosen.get() == Role.PARTNER) {
            Optional<PartnerView> firm = Optional.ofNullable(Forms.uuid(partnerId)).flatMap(this::findPartner);
            if (firm.isEmpty()) {
                return pages.problem(form(Map.of("partnerId", "required")).data("next", Redirects.localPath(next)), false);
            }
            partner = firm.get().id();
            partnerName = firm.get().name();
            email = email == null || email.isBlank() ? firm.get().email() : email;
        }
        String who = email == null || email.isBlank() ? chosen.get().group() + "@totalservice.example" : email.trim();
        Duration validity = config.session().maxAge();
        Session session = new Session(chosen.get(), who, partner, partnerName,
                tokens.mint(chosen.get(), who, partner, validity), clock.instant().plus(validity));
        String target = Redirects.localPath(next);
        return Response.seeOther(URI.create(target != null ? target : chosen.get().home())).cookie(cookies.write(session))
                .build();
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        // and whatever the browser may still hold of the pages seen (cache, htmx's history in localStorage)
        return Response.seeOther(URI.create("/sign-in")).cookie(cookies.clear())
                .header("Clear-Site-Data", "\"cache\", \"storage\"").build();
    }

    private io.quarkus.qute.TemplateInstance form(Map<String, String> errors) {
        Result<Page<PartnerView>> firms = calls.call(PartnerApi.SERVICE, () -> partners.partners(directoryToken(), true, 200));
        return pages.page(signIn).data("partners", firms).data("errors", errors)
                .data("roles", java.util.List.of(Role.PARTNER, Role.COORDINATOR, Role.SALES));
    }

    private Optional<PartnerView> findPartner(UUID id) {
        Result<PartnerView> firm = calls.call(PartnerApi.SERVICE, () -> partners.partner(directoryToken(), id));
        return firm.ok() ? Optional.of(firm.value()) : Optional.empty();
    }

    /** The development sign-in page reads the partner directory as a coordinator would. */
    private String directoryToken() {
        return "Bearer " + tokens.mint(Role.COORDINATOR, "portal-sign-in@totalservice.example", null, Duration.ofMinutes(1));
    }

    private static Optional<Role> parseRole(String role) {
        try {
            return role == null ? Optional.empty() : Optional.of(Role.valueOf(role.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
