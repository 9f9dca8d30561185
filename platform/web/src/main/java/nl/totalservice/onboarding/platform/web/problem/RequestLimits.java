package nl.totalservice.onboarding.platform.web.problem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Refuses a request whose URI or headers are too long with a problem document (414, 431). The HTTP
 * server's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size})
 * answer with an empty body before any handler runs, so they are set well above these and only stop
 * what is far too large to be a request at all.
 */
@Singleton
public class RequestLimits {

    private final WebLimitsConfig config;

    public RequestLimits(WebLimitsConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(-4).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        int uriLength = request.uri().length();
        if (uriLength > config.maxUriLength()) {
            refuse(ctx, 414, "uri-too-long", "URI too long", "The request URI has " + uriLength
                    + " characters; at most " + config.maxUriLength() + " are accepted (send fewer or shorter query values)");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderSize()) {
            refuse(ctx, 431, "request-header-fields-too-large", "Request header fields too large", "The request headers have "
                    + headerBytes + " bytes; at most " + config.maxHeaderSize() + " are accepted");
            return;
        }
        ctx.next();
    }

    private static void refuse(RoutingContext ctx, int status, String type, String title, String detail) {
        String body = new JsonObject()
                .put("type", Problem.TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path())
                .encode();
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            // HTTP/2 has no Connection header (sending one breaks the stream); its connection stays usable
            ctx.response().putHeader("Connection", "close");
        }
        ctx.response().end(body);
    }
}
