package nl.totalservice.onboarding.platform.web.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Refuses a request whose declared Content-Length exceeds {@code quarkus.http.limits.max-body-size}
 * with a problem document, before Quarkus' own check answers an empty 413. (A chunked body without a
 * length is still cut off by Quarkus, with its plain 413.)
 */
@Singleton
public class BodySizeLimit {

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length, limit)) {
                String body = new JsonObject()
                        .put("type", Problem.TYPE_BASE + "payload-too-large")
                        .put("title", "Payload too large")
                        .put("status", 413)
                        .put("detail", "The request body has " + length + " bytes; at most " + limit + " are accepted")
                        .put("instance", ctx.request().path())
                        .encode();
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE);
                if (ctx.request().version() != HttpVersion.HTTP_2) {
                    // HTTP/2 has no Connection header (sending one breaks the stream)
                    ctx.response().putHeader("Connection", "close");
                }
                ctx.response().end(body);
                return;
            }
            ctx.next();
        });
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
