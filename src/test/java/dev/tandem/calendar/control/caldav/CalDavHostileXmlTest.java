package dev.tandem.calendar.control.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.calendar.control.dav.CalDavException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CalDAV server that answers PROPFIND and REPORT with XML entities (XXE, CWE-611): the client's real request and
 * parsing path refuses the document, reads no local file and fetches no external DTD.
 */
class CalDavHostileXmlTest {

    private static final String SECRET = "tandem-secret-4711";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger dtdFetches = new AtomicInteger();
    private volatile String answer;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dav/", exchange -> {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
            exchange.sendResponseHeaders(207, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/endless/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
            exchange.sendResponseHeaders(207, 0);
            byte[] filler = "<d:response><d:href>/x</d:href></d:response>".repeat(1_000)
                    .getBytes(StandardCharsets.UTF_8);
            try (var out = exchange.getResponseBody()) {
                out.write("<d:multistatus xmlns:d=\"DAV:\">".getBytes(StandardCharsets.UTF_8));
                for (long sent = 0; sent < 200L * 1024 * 1024; sent += filler.length) {
                    out.write(filler);
                }
            } catch (IOException clientWentAway) {
                exchange.close();
            }
        });
        server.createContext("/evil.dtd", exchange -> {
            dtdFetches.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anExternalFileEntityInAPropfindAnswerIsRefusedUnread() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        answer = "<?xml version=\"1.0\"?><!DOCTYPE d:multistatus [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/dav/&x;/</d:href>"
                + "<d:propstat><d:prop><d:displayname>&x;</d:displayname></d:prop>"
                + "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>";

        var refused = assertThrows(CalDavException.class, () -> client().discover(davUri()));

        assertFalse(refused.getMessage().contains(SECRET), refused::getMessage);
    }

    @Test
    void anExternalDtdInAReportAnswerIsNeverFetched() {
        answer = "<?xml version=\"1.0\"?><!DOCTYPE d:multistatus SYSTEM \"" + davUri().resolve("/evil.dtd") + "\">"
                + "<d:multistatus xmlns:d=\"DAV:\"/>";

        assertThrows(CalDavException.class, () -> client().listItems(davUri()));

        assertEquals(0, dtdFetches.get());
    }

    @Test
    void nestedInternalEntitiesAreRefusedBeforeTheyExpand() {
        answer = "<?xml version=\"1.0\"?><!DOCTYPE d:multistatus [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<d:multistatus xmlns:d=\"DAV:\"><d:sync-token>&c;</d:sync-token></d:multistatus>";

        assertThrows(CalDavException.class, () -> client().syncCollection(davUri(), "token-1"));
    }

    @Test
    void anAnswerOfHundredsOfMegabytesIsCutOffAtTheLimit() {
        URI endless = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/endless/");

        var refused = assertThrows(CalDavException.class, () -> client().listItems(endless));

        assertTrue(refused.getMessage().contains("64 MB"), refused::getMessage);
    }

    @Test
    void truncatedOrNonXmlAnswersAreRefused() {
        answer = "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/dav/a.ics";
        assertThrows(CalDavException.class, () -> client().listItems(davUri()));
        answer = "<html><body>Service temporarily unavailable</body></html>";
        assertThrows(CalDavException.class, () -> client().listItems(davUri()));
    }

    private CalDavClient client() {
        return new CalDavClient(new CalDavCredentials("ana", "pw"));
    }

    private URI davUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dav/");
    }
}
