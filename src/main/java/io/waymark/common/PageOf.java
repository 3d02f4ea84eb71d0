package io.waymark.common;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageOf<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    public <R> PageOf<R> map(Function<T, R> mapping) {
        return new PageOf<>(items.stream().map(mapping).toList(), page, size, totalItems, totalPages);
    }
}
