package dev.tandem.mail.control.diagnosis;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.connection.control.Pop3;
import dev.tandem.mail.control.imap.MailServerSettings;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Locale;

/**
 * The GREETING step: the first line a server sends tells an IMAP server ({@code * OK}, {@code * PREAUTH},
 * RFC 9051 §7.1) from a POP3 one ({@code +OK}, RFC 1939 §4) or from something else entirely.
 */
final class GreetingCheck {

    /** The registered POP3 ports (RFC 1939, RFC 8314): refused before anything is sent. */
    private static final int SHOWN_CHARACTERS = 200;

    private GreetingCheck() {
    }

    static StepFailure pop3Failure() {
        return new StepFailure(DiagnosisReason.POP3_SERVER, "This is a POP3 server. " + Pop3.NOT_SUPPORTED
                + " Use the provider's IMAP server.");
    }

    static StepFailure pop3PortFailure(int port) {
        StepFailure pop3 = pop3Failure();
        return new StepFailure(pop3.reason(), "Port " + port + " is the POP3 port. " + pop3.detail());
    }

    static StepOutcome<Void> read(ImapProbe probe, MailServerSettings settings, DiagnosisRun run) throws StepFailure {
        int timeout = run.remainingMillis();
        try {
            String greeting = probe.readLine(timeout);
            if (greeting == null) {
                throw new StepFailure(DiagnosisReason.CONNECTION_CLOSED,
                        "The server closed the connection without greeting.");
            }
            return classify(greeting);
        } catch (SocketTimeoutException e) {
            throw silent(settings, run);
        } catch (IOException e) {
            throw new StepFailure(DiagnosisReason.CONNECTION_CLOSED, "The connection broke before the greeting: "
                    + e.getMessage());
        }
    }

    static StepOutcome<Void> classify(String greeting) throws StepFailure {
        String upper = greeting.toUpperCase(Locale.ROOT);
        if (upper.startsWith("* OK") || upper.startsWith("* PREAUTH")) {
            return StepOutcome.passed(null, "The server greets as IMAP: " + shown(greeting));
        }
        if (upper.startsWith("+OK")) {
            throw pop3Failure();
        }
        if (upper.startsWith("* BYE")) {
            throw new StepFailure(DiagnosisReason.SERVER_SAID_BYE, "The server refused the connection: "
                    + shown(greeting));
        }
        String hint = upper.startsWith("220") ? " This looks like an SMTP server, which sends mail; Tandem needs "
                + "the IMAP server." : "";
        throw new StepFailure(DiagnosisReason.NOT_IMAP_SERVER, "This is not an IMAP server: it greeted with \""
                + shown(greeting) + "\"." + hint);
    }

    /** Implicit-TLS servers wait for the client's TLS hello, so plain text to them meets silence. */
    private static StepFailure silent(MailServerSettings settings, DiagnosisRun run) {
        String hint = settings.security() == MailSecurity.SSL ? ""
                : " If this port expects TLS from the start (IMAP on 993 does), choose SSL.";
        return new StepFailure(DiagnosisReason.NO_GREETING, "The server accepted the connection but sent no "
                + "greeting within " + run.seconds() + "." + hint);
    }

    private static String shown(String line) {
        String printable = line.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= SHOWN_CHARACTERS ? printable
                : printable.substring(0, SHOWN_CHARACTERS) + "…";
    }
}
