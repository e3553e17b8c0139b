package dev.tandem.mail.control.diagnosis;

import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.CAPABILITY;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.DNS;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.FOLDERS;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.GREETING;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.LOGIN;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.TCP;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.TLS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.mail.control.imap.MailServerSettings;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.FreePorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connection test against a real Dovecot, and against the ways a server can be wrong. */
class ImapDiagnosticianTest {

    private static final String PASSWORD = "s3cret-Pa55";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static DovecotServer dovecot;
    private static ImapDiagnostician trustingDovecot;

    @BeforeAll
    static void startDovecot() {
        dovecot = new DovecotServer().addUser("ana", PASSWORD).start();
        trustingDovecot = new ImapDiagnostician(dovecot.certificate().sslContext());
    }

    @AfterAll
    static void stopDovecot() {
        dovecot.close();
    }

    @Test
    void plainConnectionPassesEveryStepAndWarnsThatNothingIsEncrypted() {
        ImapDiagnosis diagnosis = trustingDovecot.diagnose(settings(dovecot.ports().imap(), MailSecurity.NONE));

        assertPassed(diagnosis, DNS, TCP, TLS, GREETING, CAPABILITY, LOGIN, FOLDERS);
        assertEquals(DiagnosisReason.TLS_NOT_USED, step(diagnosis, TLS).reason());
        assertEquals("Sent", diagnosis.sentFolder());
        assertTrue(step(diagnosis, FOLDERS).detail().contains("\"Sent\" (marked \\Sent)"));
    }

    @Test
    void startTlsPassesEveryStepWithTlsAfterTheGreeting() {
        ImapDiagnosis diagnosis = trustingDovecot.diagnose(settings(dovecot.ports().imap(), MailSecurity.STARTTLS));

        assertPassed(diagnosis, DNS, TCP, GREETING, TLS, CAPABILITY, LOGIN, FOLDERS);
        assertTrue(step(diagnosis, TLS).detail().startsWith("TLSv1."), step(diagnosis, TLS).detail());
        assertTrue(step(diagnosis, TLS).detail().contains("CN=localhost"));
    }

    @Test
    void sslPassesEveryStepAndFindsTheExtensionsTheSyncUses() {
        ImapDiagnosis diagnosis = trustingDovecot.diagnose(settings(dovecot.ports().imaps(), MailSecurity.SSL));

        assertPassed(diagnosis, DNS, TCP, TLS, GREETING, CAPABILITY, LOGIN, FOLDERS);
        assertTrue(diagnosis.capabilities().containsAll(List.of("IDLE", "CONDSTORE", "QRESYNC", "SPECIAL-USE")),
                diagnosis.capabilities().toString());
        assertTrue(step(diagnosis, LOGIN).detail().contains("CONDSTORE yes, QRESYNC yes"));
        assertTrue(step(diagnosis, CAPABILITY).detail().startsWith("IMAP4rev1."));
    }

    @Test
    void wrongPasswordFailsAtLoginWithoutRepeatingAnySecret() {
        MailServerSettings wrong = new MailServerSettings(DovecotServer.HOST, dovecot.ports().imaps(),
                MailSecurity.SSL, "ana", "not-the-password", TIMEOUT);

        DiagnosisStep failure = failure(trustingDovecot.diagnose(wrong), LOGIN,
                DiagnosisReason.AUTHENTICATION_FAILED);

        assertTrue(failure.detail().startsWith("The server rejected the user name or password."));
        assertFalse(failure.detail().contains("not-the-password"));
        assertFalse(failure.detail().contains(PASSWORD));
    }

    @Test
    void sslOnThePlainPortSaysTheServerAnsweredInPlainText() {
        int port = dovecot.ports().imap();

        DiagnosisStep failure = failure(trustingDovecot.diagnose(settings(port, MailSecurity.SSL)), TLS,
                DiagnosisReason.PLAIN_TEXT_ON_TLS_PORT);

        assertEquals("TLS expected on port " + port + " but the server answered in plain text — choose STARTTLS "
                + "or NONE, or port 993.", failure.detail());
    }

    @Test
    void selfSignedCertificateIsNotTrustedByTheDefaultTrustStore() {
        ImapDiagnostician production = new ImapDiagnostician();

        DiagnosisStep overSsl = failure(production.diagnose(settings(dovecot.ports().imaps(), MailSecurity.SSL)),
                TLS, DiagnosisReason.CERTIFICATE_UNTRUSTED);
        failure(production.diagnose(settings(dovecot.ports().imap(), MailSecurity.STARTTLS)), TLS,
                DiagnosisReason.CERTIFICATE_UNTRUSTED);

        assertTrue(overSsl.detail().startsWith("The server's certificate is not trusted"));
        assertTrue(overSsl.detail().contains("add its certificate to Tandem's trust store"));
    }

    @Test
    void pop3ServerIsRecognisedByItsGreeting() {
        ImapDiagnosis plain = trustingDovecot.diagnose(settings(dovecot.ports().pop3(), MailSecurity.NONE));
        ImapDiagnosis overTls = trustingDovecot.diagnose(settings(dovecot.ports().pop3s(), MailSecurity.SSL));
        ImapDiagnosis sslOnPlain = trustingDovecot.diagnose(settings(dovecot.ports().pop3(), MailSecurity.SSL));

        DiagnosisStep failure = failure(plain, GREETING, DiagnosisReason.POP3_SERVER);
        failure(overTls, GREETING, DiagnosisReason.POP3_SERVER);
        failure(sslOnPlain, TLS, DiagnosisReason.POP3_SERVER);
        assertEquals("This is a POP3 server. POP3 is not supported: it downloads mail and deletes it from the "
                + "server, so nothing could be kept in sync. Use the provider's IMAP server.", failure.detail());
    }

    @Test
    void pop3PortsAreRecognisedBeforeConnecting() {
        for (int port : new int[] {110, 995}) {
            ImapDiagnosis diagnosis = trustingDovecot.diagnose(settings(port, MailSecurity.SSL));

            DiagnosisStep failure = failure(diagnosis, GREETING, DiagnosisReason.POP3_SERVER);
            assertEquals(1, diagnosis.steps().size());
            assertTrue(failure.detail().startsWith("Port " + port + " is the POP3 port. This is a POP3 server."));
        }
    }

    @Test
    void unknownHostFailsAtDns() {
        MailServerSettings nowhere = new MailServerSettings("imap.no-such-host.invalid", 993, MailSecurity.SSL,
                "ana", PASSWORD, TIMEOUT);

        DiagnosisStep failure = failure(trustingDovecot.diagnose(nowhere), DNS, DiagnosisReason.UNKNOWN_HOST);

        assertTrue(failure.detail().contains("imap.no-such-host.invalid could not be found"));
    }

    @Test
    void closedPortIsRefusedAtTcp() {
        int closed = FreePorts.next();

        DiagnosisStep failure = failure(trustingDovecot.diagnose(settings(closed, MailSecurity.NONE)), TCP,
                DiagnosisReason.CONNECTION_REFUSED);

        assertTrue(failure.detail().contains("port " + closed + " was refused"));
    }

    @Test
    void silentServerTimesOutWithinTheBudget() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            MailServerSettings settings = new MailServerSettings(DovecotServer.HOST, silent.getLocalPort(),
                    MailSecurity.STARTTLS, "ana", PASSWORD, Duration.ofMillis(1500));
            long start = System.nanoTime();

            ImapDiagnosis diagnosis = trustingDovecot.diagnose(settings);

            long millis = (System.nanoTime() - start) / 1_000_000;
            DiagnosisStep failure = failure(diagnosis, GREETING, DiagnosisReason.NO_GREETING);
            assertTrue(millis >= 1400 && millis < 2500, "took " + millis + " ms");
            assertTrue(failure.detail().contains("sent no greeting within 1500 ms"), failure.detail());
            assertTrue(failure.detail().contains("choose SSL"));
        }
    }

    @Test
    void settingsNeverShowThePassword() {
        MailServerSettings settings = settings(993, MailSecurity.SSL);

        assertFalse(settings.toString().contains(PASSWORD));
        assertTrue(settings.toString().contains("username=ana"));
    }

    private static MailServerSettings settings(int port, MailSecurity security) {
        return new MailServerSettings(DovecotServer.HOST, port, security, "ana", PASSWORD, TIMEOUT);
    }

    private static void assertPassed(ImapDiagnosis diagnosis, DiagnosisStepName... order) {
        assertTrue(diagnosis.ok(), () -> describe(diagnosis));
        assertEquals(List.of(order), diagnosis.steps().stream().map(DiagnosisStep::name).collect(Collectors.toList()));
        assertTrue(diagnosis.steps().stream().allMatch(DiagnosisStep::ok));
    }

    private static DiagnosisStep failure(ImapDiagnosis diagnosis, DiagnosisStepName name, DiagnosisReason reason) {
        assertFalse(diagnosis.ok(), () -> describe(diagnosis));
        DiagnosisStep failure = diagnosis.findFailure().orElseThrow();
        assertEquals(name, failure.name(), () -> describe(diagnosis));
        assertEquals(reason, failure.reason(), () -> describe(diagnosis));
        assertEquals(failure, diagnosis.steps().get(diagnosis.steps().size() - 1), "the test stops at a failure");
        return failure;
    }

    private static DiagnosisStep step(ImapDiagnosis diagnosis, DiagnosisStepName name) {
        return diagnosis.findStep(name).orElseThrow();
    }

    private static String describe(ImapDiagnosis diagnosis) {
        return diagnosis.steps().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
