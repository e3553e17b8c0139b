package dev.tandem.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser-side defences on every response, pages, API, static files and error pages alike (hence a servlet
 * filter, not a JAX-RS one). The Faces pages use only their own style sheet and no script, so the policy allows
 * nothing from elsewhere. A page that needs an inline script (the OAuth popup's last page, which posts to
 * {@code window.opener}) writes it with the per-request nonce in the {@value #NONCE_ATTRIBUTE} request attribute;
 * there is deliberately no Cross-Origin-Opener-Policy, which would cut that popup from its opener, and no
 * {@code form-action}, which Chromium also applies to the redirect after a form post (to a provider's sign-in page).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    /** Request attribute holding this response's CSP nonce (CSP Level 3 §6.1.1, {@code 'nonce-…'}). */
    public static final String NONCE_ATTRIBUTE = "cspNonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String nonce = newNonce();
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    private static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
