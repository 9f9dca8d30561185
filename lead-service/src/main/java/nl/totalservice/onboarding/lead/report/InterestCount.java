package nl.totalservice.onboarding.lead.report;

import nl.totalservice.onboarding.lead.lead.InterestReason;

/** Leads with one combination of month, owner and current decision. */
record InterestCount(String month, String ownerEmail, String ownerName, boolean interested, InterestReason reason,
                     long count) implements nl.totalservice.onboarding.lead.report.rest.InterestReportView.Row {
}
