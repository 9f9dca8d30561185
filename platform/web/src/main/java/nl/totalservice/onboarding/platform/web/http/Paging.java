package nl.totalservice.onboarding.platform.web.http;

import java.util.function.LongSupplier;

/**
 * Which page of a list the client asked for: {@code page} from 0, {@code size} from 1 to a maximum.
 *
 * @param page the page number, from 0
 * @param size the page size
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final String PAGE_DESCRIPTION = "Page number, from 0 (default 0)";
    public static final String SIZE_DESCRIPTION = "Page size, 1 to 100 (default 20)";

    /** The page and size query parameters, defaults 0 and {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}. */
    public static Paging of(String page, String size) {
        return of(page, size, DEFAULT_SIZE, MAX_SIZE);
    }

    /** The page and size query parameters with a list's own default and maximum size. */
    public static Paging of(String page, String size, int defaultSize, int maxSize) {
        return new Paging(QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("size", size, defaultSize, 1, maxSize));
    }

    /** Rows to skip before this page. */
    public long offset() {
        return (long) page * size;
    }

    /**
     * The list's total when this page holds {@code itemsOnPage} items: known without asking the database
     * when the page is the list's last (fewer items than the size, and not past the end), else
     * {@code count}'s answer. The coordinator's queue and most filtered lists fit on their first page, so
     * this spares their count statement.
     */
    public long total(int itemsOnPage, LongSupplier count) {
        return total(page, size, itemsOnPage, count);
    }

    /** {@link #total(int, LongSupplier)} for a list that keeps its page and size in its own types. */
    public static long total(int page, int size, int itemsOnPage, LongSupplier count) {
        if (itemsOnPage < size && (itemsOnPage > 0 || page == 0)) {
            return (long) page * size + itemsOnPage;
        }
        return count.getAsLong();
    }
}
