package dev.tandem.connection.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user name and password for a mail or calendar server, as request bodies carry them. The password is
 * write-only: no view returns it and {@link #toString()} leaves it out.
 */
public abstract class LoginInput {

    @NotBlank
    @Size(max = 320)
    public String username;

    @NotBlank
    @Size(max = 1000)
    public String password;

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + username + "]";
    }
}
