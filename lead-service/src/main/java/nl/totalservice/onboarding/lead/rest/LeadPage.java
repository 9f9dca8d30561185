package nl.totalservice.onboarding.lead.rest;

import nl.totalservice.onboarding.lead.registration.rest.LeadSummaryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a lead list. */
@Schema(name = "LeadPage", description = "One page of leads, newest first")
public record LeadPage(
        @Schema(description = "The leads on this page") List<LeadSummaryView> items,
        @Schema(description = "This page's number, from 0", examples = "0") int page,
        @Schema(description = "Page size asked for", examples = "20") int size,
        @Schema(description = "Leads matching the filter, on all pages", examples = "57") long total,
        @Schema(description = "Number of pages", examples = "3") int totalPages) {
}
