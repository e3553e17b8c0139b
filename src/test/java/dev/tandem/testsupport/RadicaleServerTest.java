package dev.tandem.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.dav.CalDavAuthException;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class RadicaleServerTest {

    @Test
    void bcryptUsersLogInAndOthersAreRefused() {
        try (var radicale = RadicaleServer.start(RadicalePasswordHashing.BCRYPT)) {
            radicale.addUser("carla", "bcrypt-pass");
            radicale.createCalendar("carla", "home", "Home", "VEVENT", "VTODO");

            var home = new CalDavClient(new CalDavCredentials("carla", "bcrypt-pass")).discover(radicale.baseUri());
            var wrong = new CalDavClient(new CalDavCredentials("carla", "nope"));

            assertEquals("Home", home.findEventCalendar().orElseThrow().findDisplayName().orElseThrow());
            assertThrows(CalDavAuthException.class, () -> wrong.discover(radicale.baseUri()));
        }
    }

    @Test
    void closeStopsTheServer() {
        var radicale = RadicaleServer.start();
        int port = radicale.baseUri().getPort();

        radicale.close();

        assertFalse(accepts(port));
    }

    private static boolean accepts(int port) {
        try (var socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
