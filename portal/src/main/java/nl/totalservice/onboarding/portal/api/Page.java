package nl.totalservice.onboarding.portal.api;

import java.util.List;

/** One page of a list, as every service answers lists. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }
}
