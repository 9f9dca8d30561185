package nl.totalservice.onboarding.platform.web.headers;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Puts the browser security headers on every response of the service, refusals and health included:
 * no MIME sniffing, no referrer, no framing, and a Content-Security-Policy that lets an API response
 * load nothing at all (Swagger UI, a page, gets one that allows its own scripts and styles). API
 * responses are not cached, as they carry personal data. A header a handler set itself is kept.
 */
@Singleton
public class SecurityHeaders {

    /** An API answer is data, never a page: it may load, embed and submit nothing. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Swagger UI is a page of its own origin, with inline bootstrap script and styles. */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    void install(@Observes Router router) {
        router.route().order(-10).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> apply(ctx));
            ctx.next();
        });
    }

    private static void apply(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        String path = ctx.request().path() == null ? "" : ctx.request().path();
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "Referrer-Policy", "no-referrer");
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "Cross-Origin-Resource-Policy", "same-site");
        setIfAbsent(headers, "Content-Security-Policy", path.startsWith("/q/swagger-ui") ? UI_POLICY : API_POLICY);
        if (path.startsWith("/api/")) {
            setIfAbsent(headers, "Cache-Control", "no-store");
        }
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
