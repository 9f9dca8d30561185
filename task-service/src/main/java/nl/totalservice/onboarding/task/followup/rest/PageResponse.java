package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.task.followup.Slice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list. */
public record PageResponse<T>(
        @Schema(description = "The items on this page")
        List<T> items,
        @Schema(description = "Page number, from 0", examples = "0")
        int page,
        @Schema(description = "Page size asked for", examples = "20")
        int size,
        @Schema(description = "Items in the whole list", examples = "42")
        long totalItems,
        @Schema(description = "Pages in the whole list", examples = "3")
        int totalPages) {

    static <T> PageResponse<T> of(Slice<T> slice) {
        int pages = (int) ((slice.total() + slice.size() - 1) / slice.size());
        return new PageResponse<>(slice.items(), slice.page(), slice.size(), slice.total(), pages);
    }
}
