package dev.tandem.mail.boundary;

import dev.tandem.connection.control.ConnectionException;
import dev.tandem.connection.control.ImapAccount;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.mail.control.diagnosis.ImapTestRateLimit;
import dev.tandem.mail.control.diagnosis.ImapTestReport;
import dev.tandem.mail.control.diagnosis.MailAccountCheck;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The IMAP connectivity test of the sign-in screen: DNS, TCP, TLS, greeting, capabilities, login and folders, each
 * timed, stopping at the first failure with what to fix. Rate limited per user, bounded in time.
 */
@Path("imap-test")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImapTestResource {

    @Inject
    MailAccountCheck check;

    @Inject
    ImapTestRateLimit rateLimit;

    @Inject
    CurrentUser caller;

    @POST
    public ImapTestReport test(@Valid @NotNull ImapTestInput input) {
        if (input.port < 1 || input.port > 65535) {
            throw ConnectionException.invalid("port: must be between 1 and 65535.");
        }
        rateLimit.acquire(caller.id());
        return ImapTestReport.of(check.diagnose(new ImapAccount(input.host.strip(), input.port, input.security,
                input.username.strip(), input.password)));
    }
}
