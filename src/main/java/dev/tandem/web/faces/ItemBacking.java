package dev.tandem.web.faces;

import java.util.Optional;

/**
 * What the page about one item (a contact, a company) needs first: the item's id, from the {@code id} view parameter
 * or, on a postback, from the request parameter its form sends back (see {@link RequestParameters}), and the item,
 * looked up once per request. An unknown or missing id gives no item, and the page says so instead of failing.
 * Public, as the pages call these methods through the subclasses.
 *
 * @param <T> the kind of item
 */
public abstract class ItemBacking<T> {

    private Long id;
    private Optional<T> item;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The item; empty for an unknown or missing id. */
    public Optional<T> find() {
        if (item == null) {
            item = Optional.ofNullable(id).or(() -> RequestParameters.findLong("id")).flatMap(this::lookUp);
        }
        return item;
    }

    public boolean isFound() {
        return find().isPresent();
    }

    protected abstract Optional<T> lookUp(long itemId);
}
