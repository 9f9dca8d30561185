package nl.totalservice.onboarding.portal.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import nl.totalservice.onboarding.portal.session.SessionCookie;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Reads the session cookie and the language before every page. */
public class VisitorFilter {

    private final Visitor visitor;
    private final SessionCookie sessions;

    public VisitorFilter(Visitor visitor, SessionCookie sessions) {
        this.visitor = visitor;
        this.sessions = sessions;
    }

    @ServerRequestFilter
    public void read(ContainerRequestContext request) {
        Cookie session = request.getCookies().get(SessionCookie.NAME);
        Cookie language = request.getCookies().get(Languages.COOKIE);
        visitor.set(sessions.read(session == null ? null : session.getValue()).orElse(null),
                Languages.pick(language == null ? null : language.getValue(), request.getAcceptableLanguages()),
                request.getUriInfo().getRequestUri().getRawPath());
    }
}
