package dev.tandem.web.faces;

import java.io.Serializable;

/**
 * User name and password of a server sign-in form. The password is write-only: its getter answers null, so it is
 * never rendered back, and {@link #takePassword()} hands it over once and forgets it.
 */
public abstract class LoginForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String password;

    protected String takePassword() {
        String taken = password;
        password = null;
        return taken;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
