package dev.tandem.sync.spi;

/**
 * A store could not do what the sync asked. Adapters wrap their protocol and database errors in it (never with
 * a password in the message) so the sync can record the item as failed and go on.
 */
public class ItemStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ItemStoreException(String message) {
        super(message);
    }

    public ItemStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
