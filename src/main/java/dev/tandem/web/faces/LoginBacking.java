package dev.tandem.web.faces;

import jakarta.enterprise.context.RequestScoped;
import dev.tandem.web.TandemAuthenticationMechanism;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

/**
 * The login form: hands the credentials to the authentication mechanism, says why a session ended, and the logout
 * action.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/app/dashboard.xhtml");
            faces.responseComplete();
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureText(external), null));
        return null;
    }

    /** A throttled attempt says how long to wait (in whole minutes, rounded up), not that the password is wrong. */
    private String failureText(ExternalContext external) {
        Object throttled = external.getRequestMap().get(TandemAuthenticationMechanism.THROTTLED_FOR);
        if (throttled instanceof Duration wait) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            return MessageFormat.format(text("login.throttled"), minutes);
        }
        return text("login.failed");
    }

    /** The inactivity after which a session ends (web.xml's session-timeout), for the "session expired" notice. */
    public int getSessionMinutes() {
        return ((ServletContext) faces.getExternalContext().getContext()).getSessionTimeout();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
    }

    private String text(String key) {
        return ResourceBundle.getBundle("dev.tandem.web.messages", faces.getViewRoot().getLocale()).getString(key);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
