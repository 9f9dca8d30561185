package nl.totalservice.onboarding.lead.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The interest report's counts for a period and owner, before any presentation.
 *
 * @param from   first day (inclusive), or null
 * @param to     last day (inclusive), or null
 * @param owner  owner filter, or null
 * @param zone   the time zone of the dates and months
 * @param counts one count per month, owner and current decision
 */
public record InterestReport(LocalDate from, LocalDate to, String owner, ZoneId zone, List<InterestCount> counts) {

    public InterestReport {
        counts = List.copyOf(counts);
    }
}
