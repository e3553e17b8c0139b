package dev.tandem.web;

import dev.tandem.crm.control.LoginThrottle;
import dev.tandem.crm.control.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP Basic on {@code /api/**}, form login with a server session everywhere else. Jakarta Security 3 allows one
 * mechanism per application, so this one routes by path. A missing or wrong Authorization header on the API is not
 * answered here: {@link ApiAuthenticationFilter} sends the 401 (or, when {@link LoginThrottle} refuses the attempt,
 * the 429) as a problem document. A successful form login gets a new session id (no session fixation). A page
 * asked for with a session that expired leads to the login page with a notice saying so.
 */
@ApplicationScoped
public class TandemAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "tandem.user";
    static final String FAILED_LOGIN = "tandem.auth.failed";
    /** Request attribute: the {@link Duration} a throttled sign-in must wait; read by the API filter and the form. */
    public static final String THROTTLED_FOR = "tandem.auth.throttledFor";
    private static final String LOGIN_PAGE = "/login.xhtml";
    /** Where a request of a session that no longer exists lands: the login page says the session expired. */
    public static final String EXPIRED_LOGIN_PAGE = LOGIN_PAGE + "?expired=true";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return BasicCredentials.from(request)
                    .map(credential -> validateApiCall(credential, request, context))
                    .orElseGet(context::doNothing);
        }
        Credential offered = context.getAuthParameters().getCredential();
        if (offered != null) {
            return formLogin(offered, request, context);
        }
        var session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username != null) {
            var groups = users.findRoles(username.toString());
            if (groups.isPresent()) {
                return context.notifyContainerAboutLogin(username.toString(), groups.get());
            }
            session.invalidate();
        }
        return context.isProtected() ? redirectToLogin(request, response, context) : context.doNothing();
    }

    private AuthenticationStatus validateApiCall(Credential credential, HttpServletRequest request,
                                                 HttpMessageContext context) {
        if (isThrottled(credential, request)) {
            return context.doNothing();
        }
        CredentialValidationResult result = checkPassword(credential, request);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        request.setAttribute(FAILED_LOGIN, Boolean.TRUE);
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(Credential credential, HttpServletRequest request,
                                           HttpMessageContext context) {
        if (isThrottled(credential, request)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checkPassword(credential, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.changeSessionId();
        request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    /** Refused attempts are not checked at all, so they neither cost a PBKDF2 round nor extend the count. */
    private boolean isThrottled(Credential credential, HttpServletRequest request) {
        Optional<Duration> wait = throttle.findWait(callerOf(credential), request.getRemoteAddr());
        wait.ifPresent(duration -> request.setAttribute(THROTTLED_FOR, duration));
        return wait.isPresent();
    }

    private CredentialValidationResult checkPassword(Credential credential, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.recordSuccess(callerOf(credential));
        } else {
            throttle.recordFailure(callerOf(credential), request.getRemoteAddr());
        }
        return result;
    }

    private static String callerOf(Credential credential) {
        return credential instanceof UsernamePasswordCredential login ? login.getCaller() : "";
    }

    /**
     * The browser sent a session cookie the server no longer knows: the session timed out (or the server restarted),
     * which the user should be told rather than just shown the login form. A visitor without a cookie is not.
     */
    public static boolean carriesExpiredSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        try {
            response.sendRedirect(request.getContextPath() + (carriesExpiredSession(request) ? EXPIRED_LOGIN_PAGE
                    : LOGIN_PAGE));
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
    }
}
