package dev.tandem.mail.control.diagnosis;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.mail.control.imap.MailServerSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocketFactory;

/** The TLS step: the handshake, and what a failed one means for the user's choice of security and port. */
final class TlsCheck {

    private static final int PLAIN_PROBE_MILLIS = 3000;

    private final SSLSocketFactory socketFactory;

    TlsCheck(SSLSocketFactory socketFactory) {
        this.socketFactory = socketFactory;
    }

    StepOutcome<Void> handshake(ImapProbe probe, MailServerSettings settings, DiagnosisRun run) throws StepFailure {
        int timeout = run.remainingMillis();
        try {
            SSLSession session = probe.upgradeToTls(socketFactory, settings.host(), settings.port(), timeout);
            return StepOutcome.passed(null, describe(session));
        } catch (IOException e) {
            throw explain(e, settings, run);
        }
    }

    /** STARTTLS (RFC 9051 §6.2.1): only when the server offers it, then the same handshake as for SSL. */
    StepOutcome<Void> startTls(ImapProbe probe, MailServerSettings settings, DiagnosisRun run) throws StepFailure {
        if (!CapabilityCheck.request(probe, run).contains("STARTTLS")) {
            throw new StepFailure(DiagnosisReason.STARTTLS_NOT_OFFERED, "The server on port " + settings.port()
                    + " does not offer STARTTLS. Choose SSL (usually port 993), or NONE only on a trusted network.");
        }
        int timeout = run.remainingMillis();
        try {
            List<String> answer = probe.command("STARTTLS", timeout);
            String tagged = answer.get(answer.size() - 1);
            if (!tagged.toUpperCase(Locale.ROOT).matches("\\S+ OK.*")) {
                throw new StepFailure(DiagnosisReason.STARTTLS_REFUSED, "The server refused STARTTLS: " + tagged);
            }
        } catch (IOException e) {
            throw new StepFailure(DiagnosisReason.STARTTLS_REFUSED, "STARTTLS failed: " + e.getMessage());
        }
        return handshake(probe, settings, run);
    }

    private StepFailure explain(IOException e, MailServerSettings settings, DiagnosisRun run) throws StepFailure {
        if (causedBy(e, CertPathBuilderException.class) || causedBy(e, CertPathValidatorException.class)) {
            return new StepFailure(DiagnosisReason.CERTIFICATE_UNTRUSTED, "The server's certificate is not trusted: "
                    + "it is self-signed, expired, or issued by an authority Tandem does not know. If it is the "
                    + "right server, an administrator can add its certificate to Tandem's trust store.");
        }
        if (causedBy(e, CertificateException.class)) {
            return new StepFailure(DiagnosisReason.CERTIFICATE_NAME_MISMATCH, "The server's certificate is not "
                    + "issued for " + settings.host() + ". Use the host name the certificate names, as the "
                    + "provider documents it.");
        }
        if (e instanceof SocketTimeoutException) {
            return new StepFailure(DiagnosisReason.TLS_FAILED,
                    "The server did not complete the TLS handshake within " + run.seconds() + ".");
        }
        if (settings.security() == MailSecurity.SSL && e instanceof SSLException) {
            return explainPlainText(settings, run);
        }
        return new StepFailure(DiagnosisReason.TLS_FAILED, "TLS failed: " + e.getMessage());
    }

    /**
     * A handshake on a plain-text port fails with an unhelpful "unrecognized SSL message"; a second, plain
     * connection shows what the server really speaks.
     */
    private StepFailure explainPlainText(MailServerSettings settings, DiagnosisRun run) throws StepFailure {
        String firstLine = plainGreeting(settings, Math.min(PLAIN_PROBE_MILLIS, run.remainingMillis()));
        if (firstLine.startsWith("+OK")) {
            return GreetingCheck.pop3Failure();
        }
        if (firstLine.isEmpty()) {
            return new StepFailure(DiagnosisReason.TLS_FAILED, "The server on port " + settings.port()
                    + " does not answer TLS. Check the port (IMAP with SSL uses 993).");
        }
        return new StepFailure(DiagnosisReason.PLAIN_TEXT_ON_TLS_PORT, "TLS expected on port " + settings.port()
                + " but the server answered in plain text — choose STARTTLS or NONE, or port 993.");
    }

    private static String plainGreeting(MailServerSettings settings, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), timeoutMillis);
            String line = new ImapProbe(socket).readLine(timeoutMillis);
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        }
    }

    private static String describe(SSLSession session) {
        String detail = session.getProtocol() + " (" + session.getCipherSuite() + ")";
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate) {
                X509Certificate server = (X509Certificate) chain[0];
                detail += "; certificate for " + server.getSubjectX500Principal().getName() + ", valid until "
                        + server.getNotAfter().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            }
        } catch (IOException e) {
            detail += "; the server sent no certificate";
        }
        return detail + ".";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
