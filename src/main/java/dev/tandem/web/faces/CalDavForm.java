package dev.tandem.web.faces;

import dev.tandem.connection.control.CalDavAccount;

/** The calendar part of the sign-in form. */
public class CalDavForm extends LoginForm {

    private static final long serialVersionUID = 1L;

    private String url;

    CalDavAccount toAccount() {
        return new CalDavAccount(url.strip(), getUsername().strip(), takePassword());
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
