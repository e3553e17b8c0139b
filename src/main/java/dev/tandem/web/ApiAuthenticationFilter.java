package dev.tandem.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/**
 * Every API call needs a logged-in caller: without one it gets 401 with a {@code WWW-Authenticate} challenge
 * (RFC 7235 §3.1) and a problem document, before any resource is matched (so an unknown path does not reveal
 * itself to anonymous callers either). A caller whose sign-in was throttled gets 429 (RFC 6585 §4) with
 * {@code Retry-After} (RFC 9110 §10.2.3) instead, whether or not the password was right.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        Object throttled = servletRequest.getAttribute(TandemAuthenticationMechanism.THROTTLED_FOR);
        if (throttled instanceof Duration wait) {
            request.abortWith(tooManyAttempts(wait));
            return;
        }
        boolean failed = servletRequest.getAttribute(TandemAuthenticationMechanism.FAILED_LOGIN) != null;
        String detail = failed ? "The user name or password is wrong."
                : "Log in with HTTP Basic authentication to use the API.";
        request.abortWith(Response.fromResponse(
                        Problem.of(401, "Unauthorized", detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tandem\", charset=\"UTF-8\"")
                .build());
    }

    private static Response tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return Response.fromResponse(Problem.of(429, "Too many sign-in attempts",
                        "Too many failed sign-ins for this account or from this address; try again in " + seconds
                                + " s.").with("retryAfterSeconds", seconds).toResponse())
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
