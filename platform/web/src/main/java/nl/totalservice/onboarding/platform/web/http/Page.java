package nl.totalservice.onboarding.platform.web.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the same JSON for every list in every service.
 *
 * @param items      the items on this page
 * @param page       this page's number, from 0
 * @param size       the page size asked for
 * @param totalItems items matching the query, on all pages
 * @param totalPages pages in the whole list
 */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "This page's number, from 0", examples = "0") int page,
        @Schema(description = "Page size asked for", examples = "20") int size,
        @Schema(description = "Items matching the query, on all pages", examples = "42") long totalItems,
        @Schema(description = "Pages in the whole list", examples = "3") int totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, Paging paging, long totalItems) {
        return of(items, paging.page(), paging.size(), totalItems);
    }

    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        int pages = size <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
        return new Page<>(items, page, size, totalItems, pages);
    }

    /** The same page with each item mapped, e.g. from domain objects to response views at the edge. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
