package dev.tandem.mail.control.diagnosis;

import dev.tandem.connection.control.ConnectionException;
import dev.tandem.connection.control.ImapAccount;
import dev.tandem.mail.control.imap.MailServerSettings;
import dev.tandem.platform.UserMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks an IMAP account step by step (the connectivity test) — before a connection is saved, and on demand from
 * the sign-in screen. The server's certificate is checked against the JVM's trust store, as sync sessions do.
 */
@ApplicationScoped
public class MailAccountCheck {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    private final ImapDiagnostician diagnostician = new ImapDiagnostician();

    public ImapDiagnosis diagnose(ImapAccount account) {
        return diagnostician.diagnose(new MailServerSettings(account.host(), account.port(),
                account.security(), account.username(), account.password(), BUDGET, account.authentication()));
    }

    /**
     * Returns a description of what was found, or refuses: 400 for POP3, 422 with the diagnosis otherwise. The
     * screens say the refusal with the failing step's {@code diagnosis.<REASON>} text.
     */
    public String verify(ImapAccount account) {
        ImapDiagnosis diagnosis = diagnose(account);
        Optional<DiagnosisStep> failure = diagnosis.findFailure();
        if (failure.isEmpty()) {
            return "Signed in to " + account.host() + diagnosis.findSentFolder().map(s -> "; Sent folder " + s)
                    .orElse("");
        }
        if (failure.get().reason() == DiagnosisReason.POP3_SERVER) {
            throw ConnectionException.pop3();
        }
        throw ConnectionException.verificationFailed(failure.get().detail(), ImapTestReport.of(diagnosis),
                UserMessage.of("diagnosis." + failure.get().reason().name()));
    }
}
