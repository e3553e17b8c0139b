package dev.tandem.mail.control;

import dev.tandem.connection.control.SyncFailure;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Turns Jakarta Mail exceptions into the few sync failure categories the connection understands, with a message a
 * user can act on. Nothing of the server's answer that could hold a secret is copied.
 */
final class ImapFailures {

    private ImapFailures() {
    }

    static SyncFailure of(MessagingException e, String doing) {
        if (e instanceof AuthenticationFailedException) {
            return new SyncFailure(SyncFailure.Category.AUTH,
                    "The mail server rejected the user name or password. Sign in again.");
        }
        Throwable cause = rootCause(e);
        String why;
        if (cause instanceof UnknownHostException) {
            why = "the server name is unknown";
        } else if (cause instanceof SocketTimeoutException) {
            why = "the server did not answer in time";
        } else if (cause instanceof SSLException) {
            why = "the secure connection failed (" + cause.getClass().getSimpleName() + ")";
        } else if (cause instanceof IOException) {
            why = "the connection failed (" + cause.getClass().getSimpleName() + ")";
        } else {
            why = "the server answered with an error";
        }
        return new SyncFailure(SyncFailure.Category.TEMPORARY, "Could not " + doing + ": " + why
                + ". Tandem will try again.", e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
