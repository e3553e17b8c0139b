package dev.tandem.web.faces;

import dev.tandem.connection.control.CalDavAccount;
import java.io.Serializable;

/** The calendar part of the sign-in form; like {@link ImapForm}, it forgets the password once handed over. */
public class CalDavForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private String username;
    private String password;

    CalDavAccount toAccount() {
        CalDavAccount account = new CalDavAccount(url.strip(), username.strip(), password);
        password = null;
        return account;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
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
