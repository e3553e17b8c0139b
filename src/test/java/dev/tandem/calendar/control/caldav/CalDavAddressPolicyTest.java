package dev.tandem.calendar.control.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.calendar.control.dav.CalDavAddressNotAllowedException;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.connection.control.SyncFailure;
import dev.tandem.platform.AddressRange;
import dev.tandem.platform.HostResolver;
import dev.tandem.platform.OutboundAddressPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound address policy on the CalDAV client, against a loopback server that redirects: the first URL and
 * every redirect are checked before anything is sent. Names resolve through a table (no DNS), and the refused
 * addresses are never connected to.
 */
class CalDavAddressPolicyTest {

    private static final HostResolver TABLE = host -> {
        Map<String, String> table = Map.of("intranet.example", "192.168.10.20");
        String address = table.getOrDefault(host, host);
        if (!address.matches("[0-9.:]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    };

    private static final OutboundAddressPolicy LOOPBACK_ALLOWED =
            new OutboundAddressPolicy(List.of(AddressRange.parse("127.0.0.0/8")), TABLE);

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String redirectTo;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            if (exchange.getRequestURI().getPath().startsWith("/moved")) {
                exchange.getResponseHeaders().add("Location", redirectTo);
                exchange.sendResponseHeaders(301, -1);
            } else {
                byte[] body = "<d:multistatus xmlns:d=\"DAV:\"/>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(207, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void loopbackIsRefusedByDefaultAndNothingIsSent() {
        var client = new CalDavClient(credentials(), new OutboundAddressPolicy(List.of(), TABLE));

        assertThrows(CalDavAddressNotAllowedException.class, () -> client.listItems(url("/cal/")));

        assertEquals(List.of(), requests);
    }

    @Test
    void loopbackIsAllowedByTheSetting() {
        new CalDavClient(credentials(), LOOPBACK_ALLOWED).listItems(url("/cal/"));

        assertEquals(1, requests.size(), requests::toString);
    }

    @Test
    void aRedirectToThePrivateNetworkIsRefusedBeforeItIsFollowed() {
        redirectTo = "http://intranet.example/cal/";

        var refused = assertThrows(CalDavAddressNotAllowedException.class,
                () -> new CalDavClient(credentials(), LOOPBACK_ALLOWED).listItems(url("/moved/")));

        assertTrue(refused.getMessage().contains("192.168.10.20"), refused::getMessage);
        assertEquals(1, requests.size(), requests::toString);
        assertTrue(requests.get(0).endsWith(" /moved/"), requests::toString);
        SyncFailure failure = CalDavFailures.of(refused);
        assertEquals(SyncFailure.Category.REFUSED, failure.category());
        assertEquals("sync.refused.calendarAddressNotAllowed", failure.findUserMessage().orElseThrow().key());
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefused() {
        redirectTo = "http://169.254.169.254/latest/meta-data/";

        assertThrows(CalDavAddressNotAllowedException.class,
                () -> new CalDavClient(credentials(), LOOPBACK_ALLOWED).listItems(url("/moved/")));
    }

    @Test
    void anAllowedRedirectIsFollowedWithTheSameMethod() {
        redirectTo = url("/cal/").toString();

        new CalDavClient(credentials(), LOOPBACK_ALLOWED).listItems(url("/moved/"));

        assertEquals(2, requests.size(), requests::toString);
        assertEquals(requests.get(0).split(" ")[0], requests.get(1).split(" ")[0]);
    }

    private static CalDavCredentials credentials() {
        return new CalDavCredentials("ana", "pw");
    }

    /** The loopback test server, by address: the JDK client below the policy still does its own look-up. */
    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
