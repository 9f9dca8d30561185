package nl.totalservice.onboarding.lead.report;

import nl.totalservice.onboarding.lead.lead.InterestReason;

/** Leads with one combination of month (YYYY-MM, in the report's zone), owner and current decision. */
public record InterestCount(String month, String ownerEmail, String ownerName, boolean interested, InterestReason reason,
                            long count) {
}
