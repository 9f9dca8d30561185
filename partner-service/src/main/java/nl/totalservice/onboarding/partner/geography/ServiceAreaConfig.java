package nl.totalservice.onboarding.partner.geography;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * Partners' service areas ({@code partner.matching.service-area.*}): a partner serves a radius around
 * its office (plus any PC4 ranges and provinces it names); who competes for region and distribution.
 */
@ConfigMapping(prefix = "partner.matching.service-area")
public interface ServiceAreaConfig {

    /** The radius in km of a partner that has none of its own. */
    @WithDefault("40")
    double defaultRadiusKm();

    /** When no partner's area covers a lead: the distances in km tried in turn, ascending; then the whole country. */
    @WithDefault("60,100,150")
    List<Double> wideningKm();
}
