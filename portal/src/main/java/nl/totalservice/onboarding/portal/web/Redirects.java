package nl.totalservice.onboarding.portal.web;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/** Sends a visitor without the right sign-in where they belong. */
public class Redirects {

    @ServerExceptionMapper
    public Response signIn(SignInRequired e) {
        return seeOther("/sign-in");
    }

    @ServerExceptionMapper
    public Response home(WrongRole e) {
        return seeOther(e.role().home());
    }

    /** A 303 to {@code path}, which also makes htmx load the whole page there. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
