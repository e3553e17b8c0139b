package dev.tandem.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What an exception says to the person at the screen, as a key of the screens' texts ({@code messages*.properties})
 * and its {@link java.text.MessageFormat} arguments, so that the web UI can say it in the user's language. The
 * exception's English message stays what the HTTP API and the logs show.
 *
 * @param args plain values (names, numbers), never a password
 */
public record UserMessage(String key, List<Object> args) implements Serializable {

    public UserMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, List.of(args));
    }
}
