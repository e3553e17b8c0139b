package dev.tandem.web.faces;

import java.util.Optional;

/**
 * What a form turned into: the value to send on, or the message key (and its argument) that tells the user what
 * to correct. A form refuses with a message in the user's language rather than with an exception.
 */
record FormResult<T>(Optional<T> value, String refusalKey, String refusedValue) {

    static <T> FormResult<T> accepted(T value) {
        return new FormResult<>(Optional.of(value), null, null);
    }

    static <T> FormResult<T> refused(String key, String value) {
        return new FormResult<>(Optional.empty(), key, value);
    }

    /** Shows the refusal, if any, as an error message of the current view. */
    Optional<T> orShowRefusal() {
        if (value.isEmpty()) {
            FacesTexts.error(refusalKey, refusedValue);
        }
        return value;
    }
}
