package dev.tandem.web.faces;

import dev.tandem.connection.control.OAuthSignIns;
import dev.tandem.platform.TandemException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Where the provider sends the pop-up window back after the user consented (or did not): {@code code}, {@code state}
 * and perhaps {@code error} (RFC 6749 §4.1.2). The state alone says whose sign-in it ends, so the page needs no
 * session of its own; it finishes the sign-in and shows {@code oauth-done.xhtml}, which tells the sync screen that
 * opened the window and closes it. The code is never logged.
 */
@WebServlet("/oauth/callback")
public class OAuthCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OAuthCallbackServlet.class.getName());

    @Inject
    transient OAuthSignIns signIns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OAuthOutcome outcome;
        try {
            signIns.finish(request.getParameter("state"), request.getParameter("code"),
                    request.getParameter("error"));
            outcome = OAuthOutcome.success();
        } catch (TandemException refused) {
            LOG.info(() -> "OAuth sign-in not finished: " + refused.getMessage());
            outcome = OAuthOutcome.refused(refused);
        }
        request.setAttribute(OAuthOutcome.ATTRIBUTE, outcome);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/oauth-done.xhtml").forward(request, response);
    }
}
