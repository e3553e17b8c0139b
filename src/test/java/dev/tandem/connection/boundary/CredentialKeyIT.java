package dev.tandem.connection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The credential key is the administrator's ({@code TANDEM_SECRET_KEY}). When the server restarts with another key,
 * stored passwords cannot be read: the connection asks the user to sign in again instead of failing in a loop.
 */
class CredentialKeyIT {

    @Test
    void anotherKeyAfterARestartAsksTheUserToSignInAgain() {
        try (DovecotServer dovecot = new DovecotServer().start().addUser("keyed", "keyed-mail-1")) {
            var first = TandemServerSettings.inFreshDataDir("credential-key").withDemoData()
                    .with("tandem.secret.key", randomKey());
            try (TandemServer server = TandemServer.start(first)) {
                ApiClient alice = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
                var connected = alice.post("api/me/sync", Json.createObjectBuilder().add("provider", "IMAP")
                        .add("mode", "MAIL").add("imap", Json.createObjectBuilder().add("host", DovecotServer.HOST)
                                .add("port", dovecot.ports().imap()).add("security", "NONE")
                                .add("username", "keyed").add("password", "keyed-mail-1")).build());
                assertEquals(201, connected.status(), connected::toString);
                Await.until(Duration.ofSeconds(60), () -> !mail(alice).isNull("lastSyncAt"));
            }
            var second = TandemServerSettings.inDataDir(first.dataDir()).with("tandem.secret.key", randomKey());
            try (TandemServer server = TandemServer.start(second)) {
                ApiClient alice = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
                assertEquals(202, alice.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
                Await.until(Duration.ofSeconds(60),
                        () -> "NEEDS_REAUTH".equals(alice.get("api/me/sync").json().getString("state")));
                JsonObject status = alice.get("api/me/sync").json();
                assertTrue(mail(alice).getString("lastError").contains("sign in"), status::toString);
                assertTrue(status.isNull("nextSyncAt"), "nothing is retried until the user signs in: " + status);
            }
        }
    }

    private static JsonObject mail(ApiClient user) {
        return user.get("api/me/sync").json().getJsonObject("mail");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
