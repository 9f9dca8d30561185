package nl.totalservice.onboarding.lead.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** Settings of the management reports ({@code lead.report.*}). */
@ConfigMapping(prefix = "lead.report")
public interface ReportConfig {

    /** Time zone in which report periods and months are counted. */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();
}
