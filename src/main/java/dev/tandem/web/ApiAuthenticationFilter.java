package dev.tandem.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API call needs a logged-in caller: without one it gets 401 with a {@code WWW-Authenticate} challenge
 * (RFC 7235 §3.1) and a problem document, before any resource is matched (so an unknown path does not reveal
 * itself to anonymous callers either).
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
        boolean failed = servletRequest.getAttribute(TandemAuthenticationMechanism.FAILED_LOGIN) != null;
        String detail = failed ? "The user name or password is wrong."
                : "Log in with HTTP Basic authentication to use the API.";
        request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                        Problem.of(401, "Unauthorized", detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tandem\", charset=\"UTF-8\"")
                .build());
    }
}
