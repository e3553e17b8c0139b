package dev.tandem.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An administrator points any provider's servers elsewhere and registers OAuth clients by configuration alone. */
class ProviderCatalogTest {

    private static ProviderCatalog configuredWith(Map<String, String> settings) {
        return new ProviderCatalog(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void withoutConfigurationEveryProviderHasItsPublicServersAndNoOAuthClient() {
        var catalog = configuredWith(Map.of());

        assertEquals(7, catalog.all().size());
        assertEquals("imap.gmail.com", catalog.get(Provider.GMAIL).mail().host());
        assertFalse(catalog.get(Provider.GMAIL).configured());
        assertTrue(catalog.get(Provider.YAHOO).configured());
        assertEquals("https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize",
                catalog.get(Provider.OUTLOOK_COM).oauth().orElseThrow().authorizationUrl());
        assertEquals("https://login.microsoftonline.com/organizations/oauth2/v2.0/token",
                catalog.get(Provider.EXCHANGE).oauth().orElseThrow().tokenUrl());
    }

    @Test
    void everyEndpointAndTheClientComeFromConfiguration() {
        var catalog = configuredWith(Map.of(
                "tandem.provider.gmail.imap.host", "127.0.0.1",
                "tandem.provider.gmail.imap.port", "3993",
                "tandem.provider.gmail.calendar.url", "http://127.0.0.1:5232/",
                "tandem.provider.gmail.oauth.authorization-url", "http://127.0.0.1:9000/google/authorize",
                "tandem.provider.gmail.oauth.token-url", "http://127.0.0.1:9000/google/token",
                "tandem.provider.gmail.oauth.client-id", "tandem",
                "tandem.provider.exchange.oauth.tenant", "contoso.example"));

        var gmail = catalog.get(Provider.GMAIL);
        assertEquals("127.0.0.1", gmail.mail().host());
        assertEquals(3993, gmail.mail().port());
        assertEquals("http://127.0.0.1:5232/", gmail.calendar().url());
        assertEquals("http://127.0.0.1:9000/google/token", gmail.oauth().orElseThrow().tokenUrl());
        assertTrue(gmail.configured());
        assertTrue(catalog.get(Provider.EXCHANGE).oauth().orElseThrow().authorizationUrl()
                .contains("/contoso.example/"));
    }

    @Test
    void scopesAreOnlyWhatTheModeNeeds() {
        var google = configuredWith(Map.of()).get(Provider.GMAIL).oauth().orElseThrow();

        assertEquals(List.of("openid", "email", "https://mail.google.com/"), google.scopes(SyncMode.MAIL));
        assertEquals(List.of("openid", "email", "https://www.googleapis.com/auth/calendar"),
                google.scopes(SyncMode.CALENDAR));
    }

    @Test
    void theClientSecretIsNeverPrinted() {
        var gmail = configuredWith(Map.of("tandem.provider.gmail.oauth.client-id", "tandem",
                "tandem.provider.gmail.oauth.client-secret", "s3cr3t-value")).get(Provider.GMAIL);

        assertFalse(gmail.toString().contains("s3cr3t-value"), gmail::toString);
    }
}
