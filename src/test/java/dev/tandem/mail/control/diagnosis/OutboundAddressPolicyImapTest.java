package dev.tandem.mail.control.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.connection.control.SyncFailure;
import dev.tandem.mail.control.imap.ImapFailures;
import dev.tandem.mail.control.imap.ImapSessionProperties;
import dev.tandem.mail.control.imap.MailServerSettings;
import dev.tandem.platform.AddressRange;
import dev.tandem.platform.HostResolver;
import dev.tandem.platform.OutboundAddressPolicy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

/**
 * The outbound address policy on the IMAP paths: the connection test's DNS step and the sync's Angus connect.
 * Names are resolved by a table, so nothing here looks up DNS or connects outside loopback; a refused address is
 * refused before any connect.
 */
class OutboundAddressPolicyImapTest {

    private static final HostResolver TABLE = host -> {
        Map<String, String> table = Map.of("imap.pinned.example", "127.0.0.1", "imap.intranet.example", "10.20.30.40");
        String address = table.getOrDefault(host, host);
        if (!address.matches("[0-9.:]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    };

    private static final OutboundAddressPolicy BY_DEFAULT = new OutboundAddressPolicy(List.of(), TABLE);
    private static final OutboundAddressPolicy LOOPBACK_ALLOWED =
            new OutboundAddressPolicy(List.of(AddressRange.parse("127.0.0.0/8")), TABLE);

    @Test
    void loopbackIsRefusedByDefaultBeforeAnyConnect() throws IOException {
        try (var server = new ScriptedImapServer("* OK ready", "IMAP4rev1 AUTH=PLAIN")) {
            DiagnosisStep failure = diagnose(BY_DEFAULT, "127.0.0.1", server.port()).findFailure().orElseThrow();

            assertEquals(DiagnosisStepName.DNS, failure.name());
            assertEquals(DiagnosisReason.ADDRESS_NOT_ALLOWED, failure.reason());
            assertTrue(failure.detail().contains("tandem.net.allowed-networks"), failure::detail);
            assertEquals(List.of(), server.received(), "nothing reached the server");
        }
    }

    @Test
    void loopbackIsAllowedByTheSetting() throws IOException {
        try (var server = new ScriptedImapServer("* OK ready", "IMAP4rev1 AUTH=PLAIN")) {
            ImapDiagnosis diagnosis = diagnose(LOOPBACK_ALLOWED, "imap.pinned.example", server.port());

            assertTrue(diagnosis.steps().stream().anyMatch(s -> s.name() == DiagnosisStepName.TCP && s.ok()),
                    diagnosis::toString);
        }
    }

    @Test
    void aNameLeadingToAPrivateAddressIsRefusedNamingTheAddress() {
        DiagnosisStep failure = diagnose(BY_DEFAULT, "imap.intranet.example", 993).findFailure().orElseThrow();

        assertEquals(DiagnosisReason.ADDRESS_NOT_ALLOWED, failure.reason());
        assertTrue(failure.detail().contains("10.20.30.40"), failure::detail);
    }

    @Test
    void theSyncConnectsToTheAddressThePolicyResolvedNotToTheName() throws IOException {
        try (var server = new ScriptedImapServer("* OK ready", "IMAP4rev1 AUTH=PLAIN")) {
            try (var store = Session.getInstance(ImapSessionProperties.of(settings("imap.pinned.example",
                    server.port()), null, LOOPBACK_ALLOWED)).getStore(ImapSessionProperties.PROTOCOL)) {
                store.connect("imap.pinned.example", server.port(), "ana", "pw");
            } catch (MessagingException expectedOnTheScriptedLogin) {
                // The scripted server's answer to LOGIN does not matter: the connection reached it.
            }

            assertFalse(server.received().isEmpty(), "the name exists only in the policy's table");
        }
    }

    @Test
    void theSyncRefusesAPrivateAddressWithAReasonTheScreenSays() {
        var refused = assertThrows(MessagingException.class, () -> Session.getInstance(ImapSessionProperties.of(
                        settings("imap.intranet.example", 143), null, BY_DEFAULT))
                .getStore(ImapSessionProperties.PROTOCOL).connect("imap.intranet.example", 143, "ana", "pw"));

        SyncFailure failure = ImapFailures.of(refused, "connect");
        assertEquals(SyncFailure.Category.REFUSED, failure.category());
        assertEquals("sync.lastError.mailAddressNotAllowed", failure.findUserMessage().orElseThrow().key());
        assertTrue(failure.getMessage().contains("10.20.30.40"), failure::getMessage);
    }

    private static ImapDiagnosis diagnose(OutboundAddressPolicy policy, String host, int port) {
        return new ImapDiagnostician((SSLSocketFactory) SSLSocketFactory.getDefault(), policy)
                .diagnose(settings(host, port));
    }

    private static MailServerSettings settings(String host, int port) {
        return new MailServerSettings(host, port, MailSecurity.NONE, "ana", "pw", Duration.ofSeconds(3));
    }
}
