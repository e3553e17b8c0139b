package dev.tandem.mail.control.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.mail.control.imap.MailServerSettings;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The connection test against servers that are wrong in ways a real Dovecot on loopback cannot be. */
class ImapDiagnosticianScriptedServerTest {

    private static final String PASSWORD = "hunter2-secret";

    private final ImapDiagnostician diagnostician = new ImapDiagnostician();

    @Test
    void startTlsNotOfferedFailsTheTlsStep() throws IOException {
        try (var server = new ScriptedImapServer("* OK ready", "IMAP4rev1 AUTH=PLAIN")) {
            DiagnosisStep failure = failure(diagnose(server, MailSecurity.STARTTLS));

            assertEquals(DiagnosisStepName.TLS, failure.name());
            assertEquals(DiagnosisReason.STARTTLS_NOT_OFFERED, failure.reason());
            assertTrue(failure.detail().contains("does not offer STARTTLS"));
        }
    }

    @Test
    void loginDisabledOnAPlainConnectionAsksForTlsAndNeverSendsThePassword() throws IOException {
        try (var server = new ScriptedImapServer("* OK ready", "IMAP4rev1 STARTTLS LOGINDISABLED")) {
            DiagnosisStep failure = failure(diagnose(server, MailSecurity.NONE));

            assertEquals(DiagnosisStepName.LOGIN, failure.name());
            assertEquals(DiagnosisReason.TLS_REQUIRED_FOR_LOGIN, failure.reason());
            assertTrue(failure.detail().contains("Choose STARTTLS or SSL"));
            assertFalse(server.received().stream().anyMatch(line -> line.contains(PASSWORD)));
        }
    }

    @Test
    void smtpServerIsNamedAsSuch() throws IOException {
        try (var server = new ScriptedImapServer("220 mail.example.com ESMTP Postfix", "")) {
            DiagnosisStep failure = failure(diagnose(server, MailSecurity.NONE));

            assertEquals(DiagnosisReason.NOT_IMAP_SERVER, failure.reason());
            assertTrue(failure.detail().contains("This looks like an SMTP server"));
        }
    }

    @Test
    void serverWithoutImap4rev1FailsTheCapabilityStep() throws IOException {
        try (var server = new ScriptedImapServer("* OK ready", "IMAP2BIS")) {
            DiagnosisStep failure = failure(diagnose(server, MailSecurity.NONE));

            assertEquals(DiagnosisStepName.CAPABILITY, failure.name());
            assertEquals(DiagnosisReason.NOT_IMAP4, failure.reason());
        }
    }

    @Test
    void byeGreetingIsReportedWithTheServersWords() throws IOException {
        try (var server = new ScriptedImapServer("* BYE Too many connections from your address", "")) {
            DiagnosisStep failure = failure(diagnose(server, MailSecurity.NONE));

            assertEquals(DiagnosisReason.SERVER_SAID_BYE, failure.reason());
            assertTrue(failure.detail().endsWith("Too many connections from your address"));
        }
    }

    private ImapDiagnosis diagnose(ScriptedImapServer server, MailSecurity security) {
        return diagnostician.diagnose(new MailServerSettings("127.0.0.1", server.port(), security, "ana", PASSWORD,
                Duration.ofSeconds(3)));
    }

    private static DiagnosisStep failure(ImapDiagnosis diagnosis) {
        assertFalse(diagnosis.ok());
        return diagnosis.findFailure().orElseThrow();
    }
}
