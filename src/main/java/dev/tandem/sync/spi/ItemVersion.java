package dev.tandem.sync.spi;

import java.util.Objects;

/**
 * One side's version of an item: where it is, its etag and the hash of its normalised content. The etag says
 * cheaply that something may have changed; the hash says whether the content really did.
 */
public record ItemVersion(String href, String etag, String contentHash) {

    public ItemVersion {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public ItemRef ref() {
        return new ItemRef(href, etag);
    }

    /** Whether the store reports the same resource at the same etag as this version. */
    public boolean sameAs(ItemRef listed) {
        return href.equals(listed.href()) && !etag.isEmpty() && etag.equals(listed.etag());
    }
}
