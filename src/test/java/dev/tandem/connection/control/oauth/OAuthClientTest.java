package dev.tandem.connection.control.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.connection.entity.SyncMode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token requests as the provider receives them (a local token endpoint records each form), and how answers
 * and refusals are read: Microsoft's tokens are asked for one API at a time, Google's for the whole consent.
 */
class OAuthClientTest {

    private static final String VERIFIER = OAuthClient.newCodeVerifier();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC);

    private HttpServer server;
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
            + "\"refresh_token\":\"rt-2\"}";

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", exchange -> {
            forms.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OAuthServer server(boolean tokenPerApi) {
        return new OAuthServer("http://127.0.0.1/authorize", "http://127.0.0.1:" + server.getAddress().getPort()
                + "/token", "tandem", "s3cret", List.of("openid", "email", "offline_access"),
                List.of("https://outlook.office.com/IMAP.AccessAsUser.All"),
                List.of("https://graph.microsoft.com/Calendars.ReadWrite"), Map.of(), tokenPerApi);
    }

    @Test
    void aMicrosoftCodeIsExchangedForAMailTokenAndTheCalendarTokenIsAskedForWithTheRefreshToken() {
        OAuthServer microsoft = server(true);
        var client = new OAuthClient(CLOCK);

        GrantedTokens mail = client.exchange(microsoft, URI.create("http://tandem/oauth/callback"), "code-1",
                VERIFIER, microsoft.firstTokenScopes(SyncMode.MAIL_AND_CALENDAR));
        client.refresh(microsoft, mail.refreshToken().orElseThrow(),
                microsoft.calendarTokenScopes(SyncMode.MAIL_AND_CALENDAR));

        assertTrue(forms.get(0).contains("grant_type=authorization_code") && forms.get(0).contains("code_verifier="
                + VERIFIER), forms.get(0));
        assertTrue(forms.get(0).contains("IMAP.AccessAsUser.All") && !forms.get(0).contains("graph"), forms.get(0));
        assertTrue(forms.get(1).contains("grant_type=refresh_token") && forms.get(1).contains("refresh_token=rt-2"),
                forms.get(1));
        assertTrue(forms.get(1).contains("graph.microsoft.com/Calendars.ReadWrite")
                && !forms.get(1).contains("IMAP"), forms.get(1));
        assertEquals(Instant.parse("2026-12-08T11:00:00Z"), mail.expiresAt());
    }

    @Test
    void aGoogleCodeIsExchangedForTheWholeConsent() {
        OAuthServer google = server(false);

        new OAuthClient(CLOCK).exchange(google, URI.create("http://tandem/oauth/callback"), "code-1", VERIFIER,
                google.firstTokenScopes(SyncMode.MAIL_AND_CALENDAR));

        assertFalse(forms.get(0).contains("scope="), forms.get(0));
        assertEquals(Optional.empty(), google.calendarTokenScopes(SyncMode.MAIL_AND_CALENDAR));
    }

    @Test
    void aRefreshWithoutANewRefreshTokenKeepsTheOldOne() {
        answer = "{\"access_token\":\"at-2\",\"token_type\":\"Bearer\",\"expires_in\":60}";

        GrantedTokens renewed = new OAuthClient(CLOCK).refresh(server(false), "rt-1", Optional.empty());

        assertEquals(Optional.of("rt-1"), renewed.refreshToken());
        assertEquals("at-2", renewed.accessToken());
    }

    @Test
    void refusalsAreSortedByWhatCanBeDoneAboutThem() {
        status = 400;
        answer = "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}";
        assertEquals(OAuthException.Reason.GRANT_REVOKED, assertThrows(OAuthException.class,
                () -> new OAuthClient(CLOCK).refresh(server(false), "rt", Optional.empty())).reason());
        status = 401;
        answer = "{\"error\":\"invalid_client\"}";
        assertEquals(OAuthException.Reason.CLIENT_REJECTED, assertThrows(OAuthException.class,
                () -> new OAuthClient(CLOCK).refresh(server(false), "rt", Optional.empty())).reason());
        status = 503;
        answer = "<html>busy</html>";
        assertEquals(OAuthException.Reason.UNAVAILABLE, assertThrows(OAuthException.class,
                () -> new OAuthClient(CLOCK).refresh(server(false), "rt", Optional.empty())).reason());
    }
}
