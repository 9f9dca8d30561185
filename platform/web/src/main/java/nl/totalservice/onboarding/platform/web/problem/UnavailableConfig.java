package nl.totalservice.onboarding.platform.web.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a request is answered while the service's database is away ({@code platform.web.unavailable.*}). */
@ConfigMapping(prefix = "platform.web.unavailable")
public interface UnavailableConfig {

    /** Seconds a client is told to wait ({@code Retry-After} of the 503) before it tries again. */
    @WithDefault("5")
    int retryAfterSeconds();
}
