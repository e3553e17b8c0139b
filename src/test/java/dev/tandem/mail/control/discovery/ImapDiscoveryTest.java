package dev.tandem.mail.control.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.connection.control.MailSecurity;
import dev.tandem.connection.control.ProviderCatalog;
import dev.tandem.mail.control.discovery.SrvLookup.SrvRecord;
import dev.tandem.platform.HostResolver;
import dev.tandem.platform.OutboundAddressPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user types an address and gets the IMAP server proposed: presets first, then the domain's autoconfig file
 * (served here by a local HTTP server standing for {@code autoconfig.<domain>}), then SRV records (answered from
 * memory). Every request goes to 127.0.0.1.
 */
class ImapDiscoveryTest {

    private static HttpServer autoconfig;
    private static final Map<String, String> FILES = new ConcurrentHashMap<>();
    private static final List<String> REQUESTED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startAutoconfigServer() throws IOException {
        autoconfig = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        autoconfig.createContext("/", exchange -> {
            String domain = exchange.getRequestURI().getPath().split("/")[1];
            REQUESTED.add(domain);
            byte[] body = FILES.getOrDefault(domain, "").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        autoconfig.start();
    }

    @AfterAll
    static void stop() {
        autoconfig.stop(0);
    }

    /** The local stand-in for every autoconfig host is on loopback, so these tests allow loopback. */
    private static final OutboundAddressPolicy LOOPBACK_ALLOWED = new OutboundAddressPolicy(
            OutboundAddressPolicy.parseList("127.0.0.0/8"), HostResolver.SYSTEM);

    private static ImapDiscovery discovery(SrvLookup dns) {
        return discovery(dns, LOOPBACK_ALLOWED);
    }

    private static ImapDiscovery discovery(SrvLookup dns, OutboundAddressPolicy policy) {
        return new ImapDiscovery(new ProviderCatalog(key -> Optional.empty()), "http://127.0.0.1:"
                + autoconfig.getAddress().getPort() + "/{domain}/mail/config-v1.1.xml", Duration.ofSeconds(2), dns,
                policy);
    }

    private static final SrvLookup NO_SRV = name -> List.of();

    private static String clientConfig(String host, int port, String socketType) {
        return "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"x\">"
                + "<incomingServer type=\"pop3\"><hostname>pop.wrong.example</hostname><port>995</port>"
                + "<socketType>SSL</socketType></incomingServer>"
                + "<incomingServer type=\"imap\"><hostname>" + host + "</hostname><port>" + port + "</port>"
                + "<socketType>" + socketType + "</socketType><username>%EMAILADDRESS%</username></incomingServer>"
                + "</emailProvider></clientConfig>";
    }

    @Test
    void aKnownProvidersDomainIsProposedFromThePresetsWithoutAnyRequest() {
        int before = REQUESTED.size();

        var proposal = discovery(NO_SRV).propose("Ana@GMAIL.com");

        assertEquals(new ImapProposal("imap.gmail.com", 993, MailSecurity.SSL, "PRESET", "GMAIL"), proposal);
        assertEquals(before, REQUESTED.size());
    }

    @Test
    void otherDomainsAreAskedForTheirAutoconfigFile() {
        FILES.put("acme-auto.example", clientConfig("mail.acme-auto.example", 143, "STARTTLS"));

        var proposal = discovery(NO_SRV).propose("ana@acme-auto.example");

        assertEquals(new ImapProposal("mail.acme-auto.example", 143, MailSecurity.STARTTLS, "AUTOCONFIG", "IMAP"),
                proposal);
    }

    @Test
    void anAutoconfigHostInTheServersOwnNetworkIsNotAskedAndSrvIsUsedInstead() {
        FILES.put("internal-auto.example", clientConfig("mail.internal-auto.example", 143, "STARTTLS"));
        SrvLookup dns = name -> name.equals("_imaps._tcp.internal-auto.example")
                ? List.of(new SrvRecord(0, 0, 993, "imap.internal-auto.example.")) : List.of();
        var byDefault = new OutboundAddressPolicy(List.of(), HostResolver.SYSTEM);
        int before = REQUESTED.size();

        var proposal = discovery(dns, byDefault).propose("ana@internal-auto.example");

        assertEquals(new ImapProposal("imap.internal-auto.example", 993, MailSecurity.SSL, "SRV", "IMAP"), proposal);
        assertEquals(before, REQUESTED.size(), "no request went to the loopback autoconfig host");
    }

    @Test
    void anAutoconfigFileWithADoctypeIsNotParsed() {
        FILES.put("xxe.example", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY h SYSTEM \"file:///etc/hostname\">]>"
                + clientConfig("&h;", 993, "SSL").substring("<?xml version=\"1.0\"?>".length()));

        assertThrows(DiscoveryException.class, () -> discovery(NO_SRV).propose("ana@xxe.example"));
    }

    @Test
    void withoutAutoconfigTheImapsSrvRecordWinsOverImapAndTheLowestPriorityWins() {
        SrvLookup dns = name -> switch (name) {
            case "_imaps._tcp.srv.example" -> List.of(new SrvRecord(20, 0, 993, "backup.srv.example."),
                    new SrvRecord(10, 0, 993, "imap.srv.example."));
            case "_imap._tcp.srv.example" -> List.of(new SrvRecord(0, 0, 143, "plain.srv.example."));
            default -> List.of();
        };

        var proposal = discovery(dns).propose("ana@srv.example");

        assertEquals(new ImapProposal("imap.srv.example", 993, MailSecurity.SSL, "SRV", "IMAP"), proposal);
    }

    @Test
    void aDotTargetSaysTheServiceIsNotOfferedSoStartTlsIsProposed() {
        SrvLookup dns = name -> name.startsWith("_imaps.") ? List.of(new SrvRecord(0, 0, 0, "."))
                : List.of(new SrvRecord(0, 0, 143, "imap.dot.example"));

        assertEquals(MailSecurity.STARTTLS, discovery(dns).propose("ana@dot.example").security());
    }

    @Test
    void somethingThatIsNotAnAddressWithAPlainDomainIsNeverLookedUp() {
        int before = REQUESTED.size();
        for (String notAnAddress : List.of("ana", "ana@", "ana@localhost", "ana@127.0.0.1", "ana@evil.example/x",
                "ana@a..example")) {
            assertThrows(DiscoveryException.class, () -> discovery(NO_SRV).propose(notAnAddress), notAnAddress);
        }
        assertEquals(before, REQUESTED.size());
    }

    @Test
    void nothingFoundSaysToEnterTheServerData() {
        var none = assertThrows(DiscoveryException.class, () -> discovery(NO_SRV).propose("ana@nothing.example"));
        assertTrue(none.getMessage().contains("enter the server data"), none::getMessage);
    }
}
