package nl.totalservice.onboarding.task.followup;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total count. */
public record Slice<T>(List<T> items, int page, int size, long total) {

    public <R> Slice<R> map(Function<List<T>, List<R>> mapper) {
        return new Slice<>(mapper.apply(items), page, size, total);
    }
}
