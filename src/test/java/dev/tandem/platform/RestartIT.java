package dev.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 database keeps what the API wrote, whether the server process is stopped gracefully or killed
 * with SIGKILL, and demo data is loaded once, not again on every start.
 */
class RestartIT {

    @Test
    void dataSurvivesAStopAndAKillAndDemoDataIsLoadedOnce() {
        try (var server = TandemServer.start(TandemServerSettings.inFreshDataDir("restart").withDemoData())) {
            long beforeStop = addContact(server, "Kept after a stop", "stop@restart.example");
            server.stop();
            server.restart();
            assertEquals("Kept after a stop", contact(server, beforeStop).json().getString("name"));

            long beforeKill = addContact(server, "Kept after a kill", "kill@restart.example");
            server.kill();
            server.restart();
            assertEquals("Kept after a kill", contact(server, beforeKill).json().getString("name"));
            assertEquals(1, alice(server).get("api/contacts?email=ana@acme.com").items().size(),
                    "the demo contact Ana exists once after three starts");
            assertFalse(server.log().contains("alice-demo-1"), "a password in the server log");
        }
    }

    private static long addContact(TandemServer server, String name, String email) {
        var contact = Json.createObjectBuilder().add("name", name).add("emails", Json.createArrayBuilder().add(email));
        ApiResponse created = alice(server).post("api/contacts", contact.build());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static ApiResponse contact(TandemServer server, long id) {
        ApiResponse contact = alice(server).get("api/contacts/" + id);
        assertEquals(200, contact.status(), contact::toString);
        return contact;
    }

    private static ApiClient alice(TandemServer server) {
        return ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
    }
}
