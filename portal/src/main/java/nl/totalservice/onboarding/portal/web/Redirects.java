package nl.totalservice.onboarding.portal.web;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.net.URISyntaxException;

/** Sends a visitor without the right sign-in where they belong. */
public class Redirects {

    private final Visitor visitor;

    public Redirects(Visitor visitor) {
        this.visitor = visitor;
    }

    /** To sign in, then back to the page asked for (an email's link to a task, say). */
    @ServerExceptionMapper
    public Response signIn(SignInRequired e) {
        return seeOther("/sign-in?next=" + java.net.URLEncoder.encode(visitor.path(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A path on this portal to go to after sign-in, or null (never another site, never what is no URI at all). */
    public static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return null;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : null;
        } catch (URISyntaxException e) {
            return null;
        }
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
