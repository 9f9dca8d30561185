package nl.totalservice.onboarding.lead.registration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of lead lists ({@code lead.listing.*}). */
@ConfigMapping(prefix = "lead.listing")
public interface ListingConfig {

    /** Leads per page when the client does not say. */
    @WithDefault("20")
    int defaultPageSize();

    /** Most leads per page a client may ask for. */
    @WithDefault("100")
    int maxPageSize();
}
