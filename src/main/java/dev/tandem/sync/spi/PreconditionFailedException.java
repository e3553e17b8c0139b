package dev.tandem.sync.spi;

/**
 * A conditional write lost a race: If-None-Match found an item already there, or If-Match found another etag
 * (HTTP 412, RFC 9110 §15.5.13). A normal event in two-way sync: the sync re-reads the item and decides again.
 */
public class PreconditionFailedException extends ItemStoreException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String message) {
        super(message);
    }
}
