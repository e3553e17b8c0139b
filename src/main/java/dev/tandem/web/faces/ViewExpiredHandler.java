package dev.tandem.web.faces;

import dev.tandem.web.TandemAuthenticationMechanism;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted whose view state the session does not hold (Faces' {@link ViewExpiredException}) is a normal
 * event, not an error page with a stack trace: after the session timed out the user lands on the login page, which
 * says so ({@value TandemAuthenticationMechanism#EXPIRED_LOGIN_PAGE}). A post in a session that still exists, whose
 * view was only pushed out of it (too many open pages) or whose view state is not one the session gave (a forged
 * post), gets the page again by GET instead; nothing of the post was applied either way. A post of an expired
 * session to a protected page never gets here: the authentication mechanism sends it to the login page before
 * Faces runs.
 */
class ViewExpiredHandler extends ExceptionHandlerWrapper {

    ViewExpiredHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        boolean redirected = false;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (isViewExpired(events.next().getContext().getException())) {
                events.remove();
                if (!redirected) {
                    redirect(FacesContext.getCurrentInstance());
                    redirected = true;
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean isViewExpired(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void redirect(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            external.redirect(TandemAuthenticationMechanism.carriesExpiredSession(request)
                    ? external.getRequestContextPath() + TandemAuthenticationMechanism.EXPIRED_LOGIN_PAGE
                    : samePage(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static String samePage(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }
}
