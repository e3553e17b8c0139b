package dev.tandem.sync.spi;

import java.util.Objects;

/** One item read from a store: its iCalendar text (RFC 5545) and the version that text is. */
public record FetchedItem(ItemRef ref, String content) {

    public FetchedItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(content, "content");
    }
}
