package kz.qaldyq.platform;

import java.util.List;

/** One page of a result list paged in the database, with the total count of the whole list. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
