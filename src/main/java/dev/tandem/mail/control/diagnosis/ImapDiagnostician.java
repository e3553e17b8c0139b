package dev.tandem.mail.control.diagnosis;

import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.CAPABILITY;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.DNS;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.FOLDERS;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.GREETING;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.LOGIN;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.TCP;
import static dev.tandem.mail.control.diagnosis.DiagnosisStepName.TLS;

import dev.tandem.connection.control.Pop3;
import dev.tandem.mail.control.imap.MailServerSettings;
import dev.tandem.platform.OutboundAddressPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * Tests an IMAP connection step by step ({@link DiagnosisStepName}) and says, at the first step that fails, what is
 * wrong in words a user can act on: a misspelt host, a wrong port, SSL against a plain-text port, an untrusted
 * certificate, a POP3 server, a wrong password, a missing INBOX.
 *
 * <p>Up to CAPABILITY it talks over a raw socket, to see exactly what the server sends; LOGIN and FOLDERS go
 * through Jakarta Mail with {@link dev.tandem.mail.control.imap.ImapSessionProperties}, the way the sync will connect. The settings' timeout
 * is the budget of the whole test: each wait gets what is left of it, so the test ends within about that time
 * (LOGIN and FOLDERS together may take up to it once more, as Jakarta Mail times each network wait).
 * Thread-safe: keeps no state between calls.
 */
public final class ImapDiagnostician {

    private final TlsCheck tls;
    private final SSLSocketFactory socketFactory;
    private final OutboundAddressPolicy policy;

    /** Trusts the certificates the JVM's default trust store trusts, as production does. */
    public ImapDiagnostician() {
        this((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** Trusts what {@code context} trusts: a test server's self-signed certificate, say. */
    public ImapDiagnostician(SSLContext context) {
        this(context.getSocketFactory());
    }

    public ImapDiagnostician(SSLSocketFactory socketFactory) {
        this(socketFactory, OutboundAddressPolicy.configured());
    }

    /** @param policy which addresses the test may connect to (tests pass one with a stubbed resolver) */
    public ImapDiagnostician(SSLSocketFactory socketFactory, OutboundAddressPolicy policy) {
        this.socketFactory = socketFactory;
        this.policy = policy;
        this.tls = new TlsCheck(socketFactory);
    }

    public ImapDiagnosis diagnose(MailServerSettings settings) {
        DiagnosisRun run = new DiagnosisRun(settings.timeout());
        Set<String> capabilities = Set.of();
        try {
            if (Pop3.PORTS.contains(settings.port())) {
                run.step(GREETING, () -> {
                    throw GreetingCheck.pop3PortFailure(settings.port());
                });
            }
            Set<String> announced = talkRaw(settings, run);
            capabilities = syncExtensions(announced);
            try (MailboxCheck mailbox = new MailboxCheck(settings, socketFactory, policy)) {
                capabilities = run.step(LOGIN, () -> mailbox.login(run, announced));
                String sentFolder = run.step(FOLDERS, mailbox::folders);
                return new ImapDiagnosis(true, run.steps(), capabilities, sentFolder);
            }
        } catch (StepFailure failure) {
            return new ImapDiagnosis(false, run.steps(), capabilities, null);
        }
    }

    /** DNS to CAPABILITY on one raw connection; returns the capabilities announced before login. */
    private Set<String> talkRaw(MailServerSettings settings, DiagnosisRun run) throws StepFailure {
        InetAddress[] addresses = run.step(DNS, () -> NetworkChecks.resolve(settings.host(), run, policy));
        try (ImapProbe probe = run.step(TCP, () -> NetworkChecks.connect(addresses, settings, run))) {
            secureAndGreet(probe, settings, run);
            return run.step(CAPABILITY, () -> CapabilityCheck.check(probe, run));
        } catch (IOException closing) {
            throw new StepFailure(DiagnosisReason.NETWORK_ERROR, "Closing the test connection failed.");
        }
    }

    /** TLS comes before the greeting with SSL, after it with STARTTLS (the greeting is sent in plain text). */
    private void secureAndGreet(ImapProbe probe, MailServerSettings settings, DiagnosisRun run) throws StepFailure {
        switch (settings.security()) {
            case SSL:
                run.step(TLS, () -> tls.handshake(probe, settings, run));
                run.step(GREETING, () -> GreetingCheck.read(probe, settings, run));
                break;
            case STARTTLS:
                run.step(GREETING, () -> GreetingCheck.read(probe, settings, run));
                run.step(TLS, () -> tls.startTls(probe, settings, run));
                break;
            default:
                run.step(TLS, () -> new StepOutcome<>(null, "Not used (security NONE): the password and all mail "
                        + "travel unencrypted.", DiagnosisReason.TLS_NOT_USED));
                run.step(GREETING, () -> GreetingCheck.read(probe, settings, run));
        }
    }

    private static Set<String> syncExtensions(Set<String> capabilities) {
        return capabilities.stream().filter(CapabilityCheck.SYNC_EXTENSIONS::contains).collect(Collectors.toSet());
    }
}
