package nl.totalservice.onboarding.partner.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of partners. */
@Schema(name = "PartnerPage", description = "One page of partners, by name")
public record PartnerPageView(
        @Schema(description = "The partners on this page") List<PartnerView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "50") int size,
        @Schema(description = "Partners matching the filter", examples = "42") long total) {
}
