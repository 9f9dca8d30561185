package nl.totalservice.onboarding.portal.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers on every page: a page shows one person's data (a partner's customers, the coordinator's calls), so
 * the browser keeps no copy of it for the next person at the same computer; and no other site may frame it.
 */
public class PageHeaders {

    @ServerResponseFilter
    public void apply(ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Cache-Control", "no-store");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "same-origin");
    }
}
