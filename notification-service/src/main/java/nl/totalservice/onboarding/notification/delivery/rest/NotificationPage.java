package nl.totalservice.onboarding.notification.delivery.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "NotificationPage", description = "One page of the delivery log, newest first.")
public record NotificationPage(
        @Schema(description = "The notifications on this page") List<NotificationSummary> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Matching notifications in all pages", examples = "42") long totalItems,
        @Schema(description = "Number of pages", examples = "3") long totalPages) {
}
