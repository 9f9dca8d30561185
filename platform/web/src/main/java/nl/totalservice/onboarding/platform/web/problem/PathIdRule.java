package nl.totalservice.onboarding.platform.web.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One rule for ids in paths, in every service: a path parameter named {@code id} or {@code <thing>Id}
 * must be a UUID, and no path parameter may be blank; otherwise the answer is 404 (nothing can live
 * there) as a problem document, before the resource method or the database sees the value.
 */
public class PathIdRule {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @ServerRequestFilter
    public Response check(UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getPathParameters(true);
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String reason = reason(parameter.getKey(), value);
                if (reason != null) {
                    String path = uri.getRequestUri().getRawPath();
                    return Response.status(404).type(Problem.MEDIA_TYPE)
                            .entity(new Problem(Problem.TYPE_BASE + "not-found", "Not found", 404,
                                    "There is nothing at " + path + ": " + reason, path, null))
                            .build();
                }
            }
        }
        return null;
    }

    /** Why {@code value} cannot name anything, or null when it can. */
    static String reason(String name, String value) {
        if (value == null || value.isBlank()) {
            return "the " + name + " is blank";
        }
        if (isId(name) && !UUID_TEXT.matcher(value).matches()) {
            return "the " + name + " must be a UUID";
        }
        return null;
    }

    private static boolean isId(String name) {
        return name.equals("id") || (name.endsWith("Id") && name.length() > 2);
    }
}
