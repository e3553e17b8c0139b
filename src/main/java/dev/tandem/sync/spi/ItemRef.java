package dev.tandem.sync.spi;

import java.util.Objects;

/**
 * Where an item lives in a store and which version it is, as a listing reports it (a CalDAV PROPFIND gives
 * href and getetag, not the content).
 *
 * @param etag the entity tag, or an empty string when the server did not return one after a write (a CalDAV
 *             server that altered the item must not, RFC 4791 §5.3.4); the next run then fetches and compares
 */
public record ItemRef(String href, String etag) {

    public ItemRef {
        Objects.requireNonNull(href, "href");
        etag = etag == null ? "" : etag;
    }
}
