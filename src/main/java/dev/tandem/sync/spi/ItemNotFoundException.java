package dev.tandem.sync.spi;

/** The store has nothing at this href (anymore). */
public class ItemNotFoundException extends ItemStoreException {

    private static final long serialVersionUID = 1L;

    public ItemNotFoundException(String href) {
        super("no item at " + href);
    }
}
