package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.testsupport.ApiClient;
import jakarta.json.Json;
import java.net.URI;
import java.util.UUID;

/**
 * Users of their own per browser test, created by the demo admin, so that no test sees another's connection,
 * language or calendar. Addresses are {@code <username>@tandem.test}, which invitations in tests name.
 */
final class TestUsers {

    private TestUsers() {
    }

    /** Creates a user named {@code prefix-<random>} and returns the user name. */
    static String create(URI tandem, String prefix, String displayName) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("username", username).add("password", password(username))
                .add("displayName", displayName).add("email", username + "@tandem.test").build();
        assertEquals(201, ApiClient.to(tandem).as("alice", "alice-demo-1").post("api/users", body).status());
        return username;
    }

    static String password(String username) {
        return "pw-" + username + "-2026";
    }
}
