package dev.tandem.mail.control.imap;

import dev.tandem.connection.control.SyncFailure;
import dev.tandem.platform.AddressNotAllowedException;
import dev.tandem.platform.UserMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Turns Jakarta Mail exceptions into the few sync failure categories the connection understands, with a message a
 * user can act on, and the same as a {@code sync.lastError.mail*} text for the screens. Nothing of the server's answer
 * that could hold a secret is copied.
 */
public final class ImapFailures {

    private ImapFailures() {
    }

    public static SyncFailure of(MessagingException e, String doing) {
        if (e instanceof AuthenticationFailedException) {
            return new SyncFailure(SyncFailure.Category.AUTH,
                    "The mail server rejected the user name or password. Sign in again.", null,
                    UserMessage.of("sync.lastError.mailLogin"));
        }
        Throwable cause = rootCause(e);
        String type = cause.getClass().getSimpleName();
        if (cause instanceof AddressNotAllowedException refused) {
            return new SyncFailure(SyncFailure.Category.REFUSED, "Could not " + doing + ": " + refused.getMessage(),
                    e, UserMessage.of("sync.lastError.mailAddressNotAllowed", refused.host()));
        }
        if (cause instanceof UnknownHostException) {
            return temporary(e, doing, "the server name is unknown", UserMessage.of("sync.lastError.mailUnknownHost"));
        }
        if (cause instanceof SocketTimeoutException) {
            return temporary(e, doing, "the server did not answer in time",
                    UserMessage.of("sync.lastError.mailTimeout"));
        }
        if (cause instanceof SSLException) {
            return temporary(e, doing, "the secure connection failed (" + type + ")",
                    UserMessage.of("sync.lastError.mailTls", type));
        }
        if (cause instanceof IOException) {
            return temporary(e, doing, "the connection failed (" + type + ")",
                    UserMessage.of("sync.lastError.mailConnection", type));
        }
        return temporary(e, doing, "the server answered with an error", UserMessage.of("sync.lastError.mailServer"));
    }

    private static SyncFailure temporary(MessagingException e, String doing, String why, UserMessage shown) {
        return new SyncFailure(SyncFailure.Category.TEMPORARY, "Could not " + doing + ": " + why
                + ". Tandem will try again.", e, shown);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
