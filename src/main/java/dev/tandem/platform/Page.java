package dev.tandem.platform;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One page of a list: the items and the cursor of the next page ({@code null} on the last one). */
public record Page<T>(List<T> items, String next) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that there is more.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, PageRequest request, ToLongFunction<T> idOf) {
        if (rows.size() <= request.limit()) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, request.limit()));
        return new Page<>(items, PageRequest.encode(idOf.applyAsLong(items.get(items.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
