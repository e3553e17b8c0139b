package dev.tandem.connection.control;

import dev.tandem.platform.TandemException;
import dev.tandem.platform.UserMessage;

/**
 * A sync session (or a connect-time check) that could not do its work. Adapters turn protocol errors into one of a
 * few categories, and the scheduler maps each category to a connection state in one place ({@code SyncOutcomes}):
 * AUTH → NEEDS_REAUTH without retries, TEMPORARY → ERROR with back-off, REFUSED → ERROR until the user acts.
 */
public class SyncFailure extends TandemException {

    /** What the connection should do about the failure. */
    public enum Category {
        /** The server rejected the credentials: ask the user to sign in again, don't retry. */
        AUTH,
        /** Network, timeout, server busy: retry later with back-off. */
        TEMPORARY,
        /** The sync refused to go on (e.g. the mass-deletion guard): retry, but tell the user. */
        REFUSED
    }

    private final Category category;

    public SyncFailure(Category category, String message) {
        super(category == Category.AUTH ? Kind.UNPROCESSABLE : Kind.UNAVAILABLE, message);
        this.category = category;
    }

    public SyncFailure(Category category, String message, Throwable cause) {
        this(category, message, cause, null);
    }

    /** @param shown the same as {@code message}, for the screens (a connect-time check's refusal) */
    public SyncFailure(Category category, String message, Throwable cause, UserMessage shown) {
        super(category == Category.AUTH ? Kind.UNPROCESSABLE : Kind.UNAVAILABLE, message, cause, shown);
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
