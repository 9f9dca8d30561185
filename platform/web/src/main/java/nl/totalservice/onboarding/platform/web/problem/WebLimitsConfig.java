package nl.totalservice.onboarding.platform.web.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request size limits answered as problem documents ({@code platform.web.limits.*}). */
@ConfigMapping(prefix = "platform.web.limits")
public interface WebLimitsConfig {

    /** Longest request URI (path and query) in characters; a longer one is answered 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest total of the request headers in bytes; more is answered 431. */
    @WithDefault("20480")
    int maxHeaderSize();
}
